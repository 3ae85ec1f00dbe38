import { GATEWAY_DEFAULT_PORT, SUBGRAPHS, type SubgraphInfo } from '@civic/gateway';
import { defineConfiguration, defineSetting, portNumber, yesNo } from '@civic/runtime';

export const GATEWAY_PORT = defineSetting({
  name: 'GATEWAY_PORT',
  readBy: ['L'],
  meaning: 'gateway port under `npm start`',
  parser: portNumber,
  fallback: GATEWAY_DEFAULT_PORT,
});

function subgraphPortSetting(subgraph: SubgraphInfo) {
  return defineSetting({
    name: subgraph.portEnv,
    readBy: ['L'],
    meaning: `port of the ${subgraph.name} subgraph under \`npm start\``,
    parser: portNumber,
    fallback: subgraph.defaultPort,
  });
}

/** Subgraph name → the port `npm start` gives it (ORG_PORT, …). */
export const subgraphPortsConfiguration = defineConfiguration(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphPortSetting(s)])));

/** Unset, `npm start` loads the demo data outside production only. */
export const SEED_DEMO = defineSetting({
  name: 'SEED_DEMO',
  readBy: ['L'],
  meaning:
    '`npm start` loads the demo data (once per database); yes/no settings take `true`/`false` (or `1`/`0`, `yes`/`no`, `on`/`off`) and refuse anything else at start',
  parser: yesNo,
  shownDefault: '`true` (`false` in production)',
});
