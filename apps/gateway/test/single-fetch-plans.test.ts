import { readFileSync } from 'node:fs';
import { getOperationAST, parse } from 'graphql';
import { SUPERGRAPH_PATH } from '../src/subgraphs';
import { SingleFetchPlans } from '../src/execution/single-fetch-plans';

const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
const plans = new SingleFetchPlans(supergraph);

const forwardable = (source: string, operationName?: string) => {
  const document = parse(source);
  return plans.forwardable(document, getOperationAST(document, operationName)!);
};

describe('which operations one subgraph answers as they stand', () => {
  it('forwards a query of one subgraph, with its variables, to that subgraph', () => {
    const forward = forwardable(
      `query Tree($code: String!) { orgUnitByCode(code: $code) { id name region { code } children { id name } } }`,
    );
    expect(forward?.fetch).toMatchObject({ serviceName: 'org', variableUsages: ['code'] });
  });

  it('forwards a mutation of one subgraph', () => {
    const forward = forwardable(`mutation Record($input: RecordServiceInput!) { recordService(input: $input) { id hours status } }`);
    expect(forward?.fetch).toMatchObject({ serviceName: 'volunteers', operationKind: 'mutation' });
  });

  it('forwards aliases and @include as the client wrote them', () => {
    const forward = forwardable(
      `query($id: ID!, $withTeams: Boolean!) { v: volunteer(id: $id) { who: name teams @include(if: $withTeams) { id } } }`,
    );
    expect(forward?.fetch.serviceName).toBe('volunteers');
  });

  it('leaves an operation that needs two subgraphs to Apollo', () => {
    expect(forwardable(`{ volunteer(id: "1") { name homeUnit { name level } } }`)).toBeNull();
  });

  it('leaves named fragments, which the plan inlines, to Apollo', () => {
    expect(forwardable(`query { orgUnitByCode(code: "x") { ...Unit } } fragment Unit on OrgUnit { id name }`)).toBeNull();
  });

  it('leaves introspection and __typename-only operations, which no subgraph is asked, to Apollo', () => {
    expect(forwardable(`{ __typename }`)).toBeNull();
    expect(forwardable(`{ __schema { queryType { name } } orgUnitByCode(code: "x") { id } }`)).toBeNull();
  });

  it('leaves a root field under @skip, planned as a condition, to Apollo', () => {
    expect(forwardable(`query($skip: Boolean!) { orgUnitByCode(code: "x") @skip(if: $skip) { id } }`)).toBeNull();
  });

  it('picks the named operation of a document with several', () => {
    const source = `query Units { orgUnitByCode(code: "x") { id } } query Mixed { volunteer(id: "1") { homeUnit { name } } }`;
    expect(forwardable(source, 'Units')?.fetch.serviceName).toBe('org');
    expect(forwardable(source, 'Mixed')).toBeNull();
  });

  it('forwards nothing when the supergraph hides parts of the schema with @inaccessible', () => {
    const hiding = supergraph
      .replace(
        '@link(url: "https://specs.apollo.dev/join/v0.4", for: EXECUTION)',
        '$&\n  @link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)',
      )
      .replace(
        /^directive @join__enumValue/m,
        'directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION\n\n$&',
      );
    expect(hiding).not.toBe(supergraph);
    const document = parse(`{ orgUnitByCode(code: "x") { id } }`);
    expect(plans.forwardable(document, getOperationAST(document)!)).not.toBeNull();
    expect(new SingleFetchPlans(hiding).forwardable(document, getOperationAST(document)!)).toBeNull();
  });
});
