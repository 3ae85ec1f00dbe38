import { defineConfiguration, defineSetting, text } from '@civic/runtime';
import { defaultSubgraphUrl, SUBGRAPHS, type SubgraphInfo } from '../subgraphs';

function subgraphUrlSetting(subgraph: SubgraphInfo) {
  return defineSetting({
    name: subgraph.urlEnv,
    readBy: ['G'],
    meaning: `where the gateway finds the ${subgraph.name} subgraph (a load balancer in front of its replicas in production)`,
    parser: text,
    fallback: defaultSubgraphUrl(subgraph),
  });
}

/** Subgraph name → URL of its /graphql (ORG_URL, …), the local defaults when unset. */
export const subgraphUrlsConfiguration = defineConfiguration(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrlSetting(s)])));
