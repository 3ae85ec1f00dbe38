import type { BenchIdentity } from './identity';
import { loadContractOperations, type Operation } from './contract-operations';
import type { LoadStep } from './run-load';
import { ORDER_SERVICE_SINGLE, RECORD_CAMPAIGN_EVENT, RECORD_SERVICE, SINGLE_SUBGRAPH_READS } from './single-subgraph-operations';
import { ASSESSMENT_RANKING, REDEEM_GOODS } from './points-and-assessment-operations';
import { STATISTICS_READS } from './statistics-operations';
import type { VariableSource } from './variable-source';

export type Target = 'gateway' | 'direct' | 'peer';

export interface Scenario {
  name: string;
  operation: string;
  target: Target;
  /** The one subgraph the operation touches, or null when it spans several. */
  subgraph: string | null;
  kind: 'read' | 'write';
  /** From the contract's operations (as opposed to a single-subgraph cut of them). */
  contract: boolean;
  /** Its p95 on large data is held to at most twice the county's (contract operations and statistics). */
  scaleChecked: boolean;
  url: string;
  steps: LoadStep[];
}

export interface Endpoints {
  gatewayUrl: string;
  peerUrl: string | null;
  subgraphUrls: Record<string, string>;
}

type Variables = (vars: VariableSource) => Record<string, unknown>;

/**
 * Every scenario of a run: the contract's reads and the order flow through our gateway and the
 * peer; the single-subgraph reads and writes through both gateways and straight to the subgraph.
 */
export function buildScenarios(repoRoot: string, endpoints: Endpoints, identity: BenchIdentity, vars: VariableSource): Scenario[] {
  const contract = loadContractOperations(repoRoot);
  const op = (name: string) => {
    const found = contract.get(name);
    if (!found) throw new Error(`contract operation ${name} not found`);
    return found;
  };
  const targets = (subgraph: string | null): { target: Target; url: string }[] => [
    ...(subgraph ? [{ target: 'direct' as const, url: endpoints.subgraphUrls[subgraph] }] : []),
    { target: 'gateway', url: endpoints.gatewayUrl },
    ...(endpoints.peerUrl ? [{ target: 'peer' as const, url: endpoints.peerUrl }] : []),
  ];
  const headers = (target: Target) => (target === 'gateway' ? identity.gatewayHeaders() : identity.internalHeaders());
  const single = (operation: Operation, variables: Variables, target: Target): LoadStep => ({
    build: () => ({
      body: JSON.stringify({ query: operation.document, operationName: operation.name, variables: variables(vars) }),
      headers: headers(target),
    }),
  });
  const scenarios: Scenario[] = [];
  const add = (
    operation: Operation,
    subgraph: string | null,
    kind: 'read' | 'write',
    isContract: boolean,
    steps: (target: Target) => LoadStep[],
    scaleChecked = isContract,
  ) => {
    for (const { target, url } of targets(subgraph)) {
      scenarios.push({
        name: `${operation.name} ${target}${target === 'direct' ? `:${subgraph}` : ''}`,
        operation: operation.name,
        target,
        subgraph,
        kind,
        contract: isContract,
        scaleChecked,
        url,
        steps: steps(target),
      });
    }
  };

  const contractReads: [string, Variables][] = [
    ['OrgDashboard', (v) => ({ code: v.unitCode() })],
    ['CampaignView', (v) => ({ id: v.campaignId(), first: 20 })],
    ['TrainingProgramView', (v) => ({ id: v.programId() })],
    ['VolunteerProfile', (v) => ({ id: v.volunteerId() })],
  ];
  for (const [name, variables] of contractReads) add(op(name), null, 'read', true, (t) => [single(op(name), variables, t)]);

  const readVariables: Record<string, Variables> = {
    unitCode: (v) => ({ code: v.unitCode() }),
    volunteerId: (v) => ({ id: v.volunteerId() }),
    campaignId: (v) => ({ id: v.campaignId() }),
    programId: (v) => ({ id: v.programId() }),
  };
  for (const read of SINGLE_SUBGRAPH_READS)
    add(read.operation, read.subgraph, 'read', false, (t) => [single(read.operation, readVariables[read.variables], t)]);

  const statisticsVariables: Record<string, Variables> = {
    centerCode: (v) => ({ code: v.centerCode() }),
    centerAndCampaign: (v) => ({ code: v.centerCode(), campaignId: v.campaignId() }),
    unitSearch: (v) => ({ search: v.unitSearch() }),
  };
  for (const read of STATISTICS_READS)
    add(read.operation, null, 'read', false, (t) => [single(read.operation, statisticsVariables[read.variables], t)], true);

  add(RECORD_SERVICE, 'volunteers', 'write', false, (t) => [single(RECORD_SERVICE, (v) => ({ input: v.recordServiceInput() }), t)]);
  add(RECORD_CAMPAIGN_EVENT, 'campaigns', 'write', false, (t) => [
    single(RECORD_CAMPAIGN_EVENT, (v) => ({ input: v.campaignEventInput() }), t),
  ]);
  if (vars.data.pointsHolders.length > 0 && vars.data.cheapGoodsIds.length > 0)
    add(REDEEM_GOODS, 'volunteers', 'write', false, (t) => [single(REDEEM_GOODS, (v) => ({ input: v.redeemGoodsInput() }), t)]);
  if (vars.data.largestCountySchemeId !== null)
    add(ASSESSMENT_RANKING, null, 'read', false, (t) => [single(ASSESSMENT_RANKING, (v) => ({ id: v.rankingSchemeId() }), t)], true);

  const flow = (order: Operation) => (target: Target) => orderFlow(order, op, (t) => headers(t), target, vars);
  const contractFlow = { name: 'OrderFlow', document: '' };
  for (const { target, url } of targets(null)) {
    scenarios.push({
      name: `OrderFlow ${target}`,
      operation: contractFlow.name,
      target,
      subgraph: null,
      kind: 'write',
      contract: true,
      scaleChecked: true,
      url,
      steps: flow(op('OrderService'))(target),
    });
  }
  for (const { target, url } of targets('volunteers')) {
    scenarios.push({
      name: `OrderFlowSingle ${target}${target === 'direct' ? ':volunteers' : ''}`,
      operation: 'OrderFlowSingle',
      target,
      subgraph: 'volunteers',
      kind: 'write',
      contract: false,
      scaleChecked: false,
      url,
      steps: flow(ORDER_SERVICE_SINGLE)(target),
    });
  }
  return scenarios;
}

/** 群众点单 → 中心派单 → 志愿者接单 → 完成 → 群众评单: five requests per order, each on the order the first created. */
function orderFlow(
  order: Operation,
  op: (name: string) => Operation,
  headers: (t: Target) => Record<string, string>,
  target: Target,
  vars: VariableSource,
): LoadStep[] {
  const body = (operation: Operation, variables: Record<string, unknown>) => ({
    body: JSON.stringify({ query: operation.document, operationName: operation.name, variables }),
    headers: headers(target),
  });
  const next = (name: string, variables: (id: string, ctx: Record<string, unknown>) => Record<string, unknown>): LoadStep => ({
    build: (ctx) => (ctx.failed || typeof ctx.requestId !== 'string' ? null : body(op(name), variables(ctx.requestId, ctx))),
  });
  return [
    {
      build: (ctx) => {
        const station = vars.station();
        ctx.failed = false;
        ctx.requestId = undefined;
        ctx.teamId = String(station.teamId);
        return body(order, { input: { title: '基准测试点单（bench）', orgUnitId: String(station.unitId) } });
      },
      onData: (data, ctx) => {
        ctx.requestId = (data as { createServiceRequest?: { id?: string } } | undefined)?.createServiceRequest?.id;
      },
    },
    next('DispatchService', (id, ctx) => ({ id, teamId: ctx.teamId })),
    next('AcceptService', (id) => ({ id })),
    next('CompleteService', (id) => ({ id })),
    next('RateService', (id) => ({ id, rating: 5, comment: '满意' })),
  ];
}
