import type { ConsoleOrgUnitPageQuery } from '../../../gql/graphql';

export type UnitPageData = NonNullable<ConsoleOrgUnitPageQuery['orgUnit']>;
export type UnitVocabulary = ConsoleOrgUnitPageQuery['vocabulary'];
