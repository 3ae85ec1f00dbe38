import { useGraphQLQuery } from '../api/use-graphql';
import { useSignedIn } from '../auth/session-context';
import { graphql } from '../gql';

const ScopeUnit = graphql(`
  query ConsoleScopeUnit($code: String!) {
    orgUnitByCode(code: $code) {
      id
      name
      level
    }
  }
`);

/**
 * The unit a scoped role (ORG_ADMIN, OPERATOR, PROPAGANDA) works in, read once per session;
 * `unit` stays undefined for roles that see the whole platform (`scoped` false).
 */
export function useOwnUnit() {
  const session = useSignedIn();
  const code = session.orgUnitCode;
  const query = useGraphQLQuery(ScopeUnit, { code: code ?? '' }, { enabled: Boolean(code), staleTime: Infinity });
  return {
    scoped: Boolean(code),
    unit: query.data?.orgUnitByCode ?? undefined,
    /** True until the unit is known (never for unscoped roles). */
    loading: Boolean(code) && query.isPending,
    error: query.error,
  };
}
