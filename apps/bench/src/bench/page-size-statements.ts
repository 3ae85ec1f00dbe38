import type { BenchIdentity } from './identity';
import { loadContractOperations, withPageSize, type Operation } from './contract-operations';
import { perOperation, statementCounts } from './statement-counter';
import type { VariableSource } from './variable-source';

export interface PageSizeStatements {
  operation: string;
  pageSize: number | null;
  statementsPerOperation: number;
  bySubgraph: Record<string, number>;
  errors: number;
}

const REPEAT = 10;

/**
 * SQL statements per contract operation at page size 10 and 100, sent one at a time through our
 * gateway (nothing else running), ten times each with different variables.
 */
export async function measurePageSizeStatements(
  repoRoot: string,
  gatewayUrl: string,
  metricsUrls: Record<string, string>,
  identity: BenchIdentity,
  vars: VariableSource,
): Promise<PageSizeStatements[]> {
  const ops = loadContractOperations(repoRoot);
  const get = (name: string) => ops.get(name)!;
  const cases: { operation: Operation; pageSize: number | null; variables: () => Record<string, unknown> }[] = [
    { operation: get('OrgDashboard'), pageSize: null, variables: () => ({ code: vars.unitCode() }) },
    ...[10, 100].map((size) => ({
      operation: get('CampaignView'),
      pageSize: size,
      variables: () => ({ id: vars.campaignId(), first: size }),
    })),
    ...[10, 100].map((size) => ({
      operation: withPageSize(get('TrainingProgramView'), 'enrollments', size),
      pageSize: size,
      variables: () => ({ id: vars.programId() }),
    })),
    ...[10, 100].map((size) => ({
      operation: withPageSize(withPageSize(get('VolunteerProfile'), 'serviceRecords', size), 'campaignEvents', size),
      pageSize: size,
      variables: () => ({ id: vars.volunteerId() }),
    })),
  ];
  const results: PageSizeStatements[] = [];
  for (const c of cases) {
    let errors = 0;
    const before = await statementCounts(metricsUrls);
    for (let i = 0; i < REPEAT; i++) {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...identity.gatewayHeaders() },
        body: JSON.stringify({ query: c.operation.document, operationName: c.operation.name, variables: c.variables() }),
      });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors"')) errors += 1;
    }
    const after = await statementCounts(metricsUrls);
    const per = perOperation(before, after, REPEAT);
    results.push({
      operation: c.operation.name,
      pageSize: c.pageSize,
      statementsPerOperation: per.total,
      bySubgraph: per.bySubgraph,
      errors,
    });
  }
  return results;
}
