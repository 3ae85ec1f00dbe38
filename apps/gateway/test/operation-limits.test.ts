import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { countTokens, DEFAULT_DOCUMENT_LIMITS, DEFAULT_PAGE_SIZE, findLimitViolation, measureOperation } from '../src';
import { contractOperations, contractSchema } from './support/contract';

const schema = contractSchema();

const operationsOf = (text: string) =>
  parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

const measure = (text: string, variables?: Record<string, unknown>) => {
  const document = parse(text);
  return measureOperation({ document, operation: operationsOf(text)[0], schema, variables });
};

describe('the default limits let every client operation through', () => {
  const operations = contractOperations();

  it('finds the contract operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(5);
  });

  it.each(operations)('%s', (_file, text) => {
    expect(countTokens(text)).toBeLessThanOrEqual(DEFAULT_DOCUMENT_LIMITS.maxTokens);
    const document = parse(text, { maxTokens: DEFAULT_DOCUMENT_LIMITS.maxTokens });
    for (const operation of operationsOf(text)) {
      const measures = measureOperation({ document, operation, schema });
      expect({ operation: operation.name?.value, violation: findLimitViolation(measures, DEFAULT_DOCUMENT_LIMITS) }).toEqual({
        operation: operation.name?.value,
        violation: undefined,
      });
    }
  });

  it('also at the largest page size the API allows (first: 100)', () => {
    for (const [, text] of operations) {
      const document = parse(text);
      for (const operation of operationsOf(text)) {
        const measures = measureOperation({ document, operation, schema, variables: { first: 100 } });
        expect(findLimitViolation(measures, DEFAULT_DOCUMENT_LIMITS)).toBeUndefined();
      }
    }
  });

  it.each([
    ['graphql-js (GraphiQL)', getIntrospectionQuery()],
    [
      'with every option on',
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    ],
  ])('lets the explorer introspection query through: %s', (_label, text) => {
    expect(countTokens(text)).toBeLessThanOrEqual(DEFAULT_DOCUMENT_LIMITS.maxTokens);
    expect(findLimitViolation(measure(text), DEFAULT_DOCUMENT_LIMITS)).toBeUndefined();
  });
});

describe('measuring an operation', () => {
  it('counts depth from the root field', () => {
    expect(measure(`{ orgUnit(id: "1") { parent { parent { name } } } }`).depth).toBe(4);
  });

  it('weighs a paged field by its first argument, literal, variable or variable default', () => {
    const query = (first: string) => `query($n: Int = 7) { orgUnits(first: ${first}) { edges { node { name region { name } } } } }`;
    // each composite field costs weight × (1 + what is under it); edges, inside the page, weigh 1
    const region = 1 * (1 + 0);
    const node = 1 * (1 + region);
    const perItem = 1 * (1 + node);
    expect(measure(query('5')).cost).toBe(5 * (1 + perItem));
    expect(measure(query('$n'), { n: 50 }).cost).toBe(50 * (1 + perItem));
    expect(measure(query('$n')).cost).toBe(7 * (1 + perItem));
  });

  it('assumes the default page size for a paged field without first, and for plain lists', () => {
    expect(measure(`{ orgUnits { totalCount } }`).cost).toBe(DEFAULT_PAGE_SIZE);
    expect(measure(`{ orgUnit(id: "1") { children { name } } }`).cost).toBe(1 * (1 + DEFAULT_PAGE_SIZE));
  });

  it('multiplies nested lists', () => {
    const nested = measure(`{ orgUnits(first: 10) { edges { node { children { children { name } } } } } }`);
    const node = 1 + DEFAULT_PAGE_SIZE * (1 + DEFAULT_PAGE_SIZE);
    expect(nested.cost).toBe(10 * (1 + 1 * (1 + node)));
    expect(
      findLimitViolation(
        measure(`{ orgUnits(first: 100) { edges { node { children { children { children { name } } } } } } }`),
        DEFAULT_DOCUMENT_LIMITS,
      ),
    ).toMatchObject({
      limit: 'maxCost',
    });
  });

  it('counts aliases and root fields through fragments, each fragment once', () => {
    const measures = measure(`
      query { ...Roots a: orgUnits(first: 1) { totalCount } }
      fragment Roots on Query { b: orgUnits(first: 1) { c: totalCount } d: orgUnits(first: 1) { ...Count } }
      fragment Count on OrgUnitConnection { e: totalCount }`);
    expect(measures.aliases).toBe(5);
    expect(measures.rootFields).toBe(3);
  });

  it('measures a fragment fan-out without expanding it (2^40 paths)', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on OrgUnit { name }`
        : `fragment F${i} on OrgUnit { parent { ...F${i + 1} } children { ...F${i + 1} } }`,
    );
    const started = Date.now();
    const measures = measure(`{ orgUnit(id: "1") { ...F0 } } ${fragments.join('\n')}`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(measures.depth).toBe(levels + 1);
    expect(measures.cost).toBeGreaterThan(DEFAULT_DOCUMENT_LIMITS.maxCost);
  });

  it('names the limit and both values', () => {
    const violation = findLimitViolation({ depth: 14, aliases: 0, rootFields: 1, cost: 1 }, { ...DEFAULT_DOCUMENT_LIMITS, maxDepth: 12 });
    expect(violation?.message).toBe('query depth 14 exceeds the limit of 12');
  });
});
