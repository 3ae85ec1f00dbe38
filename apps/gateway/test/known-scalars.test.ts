import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { SUPERGRAPH_PATH } from '../src/subgraphs';
import { parseKnownScalars, unknownCustomScalars } from '../src/execution/known-scalars';

const apiSchema = () => Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();

describe("the supergraph's custom scalars at the gateway", () => {
  it('are all parsed as their subgraphs parse them', () => {
    const schema = apiSchema();
    expect(unknownCustomScalars(schema)).toEqual([]);
    expect(Object.values(schema.getTypeMap()).some((type) => type.name === 'Date')).toBe(true);
  });

  it("take any value until given the subgraphs' parsing", () => {
    const document = parse(`{ campaigns(filter: { activeOn: "2025-02-30" }) { totalCount } }`);
    const schema = apiSchema();
    expect(validate(schema, document)).toEqual([]);
    expect(validate(parseKnownScalars(schema), document).map((e) => e.message)).toEqual([
      'Expected value of type "Date", found "2025-02-30"; "2025-02-30" is not a real calendar date',
    ]);
  });
});
