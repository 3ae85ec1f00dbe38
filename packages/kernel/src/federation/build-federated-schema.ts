import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar';

const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@tag'];
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type this subgraph can resolve. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

/**
 * type-graphql builds the schema; it is printed with its directives (`@key`, `@shareable`),
 * prefixed with the Federation 2 `@link`, and rebuilt as an Apollo subgraph.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const resolvers = mergeResolvers(createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>, options.referenceResolvers ?? {});
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

function mergeResolvers(base: GraphQLResolverMap<unknown>, extra: GraphQLResolverMap<unknown>): GraphQLResolverMap<unknown> {
  const merged: GraphQLResolverMap<unknown> = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(base[typeName] as object), ...(fields as object) } as GraphQLResolverMap<unknown>[string];
  }
  return merged;
}
