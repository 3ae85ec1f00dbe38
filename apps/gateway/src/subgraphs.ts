import { join } from 'node:path';

/** The seven subgraphs: name in the supergraph, default port, and where their committed SDL is. */
export interface SubgraphInfo {
  name: 'org' | 'volunteers' | 'campaigns' | 'training' | 'workspace' | 'community' | 'assessment';
  defaultPort: number;
  /** Env variable that overrides the subgraph's URL at the gateway, e.g. ORG_URL. */
  urlEnv: string;
  /** Env variable that overrides the port `npm start` gives it, e.g. ORG_PORT. */
  portEnv: string;
  packageDir: string;
}

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/** The committed supergraph SDL the gateway serves; `npm run compose` writes it. */
export const SUPERGRAPH_PATH = join(REPO_ROOT, 'supergraph', 'supergraph.graphql');

export const SUBGRAPHS: SubgraphInfo[] = [
  { name: 'org', defaultPort: 4001, urlEnv: 'ORG_URL', portEnv: 'ORG_PORT', packageDir: join(REPO_ROOT, 'packages', 'org') },
  {
    name: 'volunteers',
    defaultPort: 4002,
    urlEnv: 'VOLUNTEERS_URL',
    portEnv: 'VOLUNTEERS_PORT',
    packageDir: join(REPO_ROOT, 'packages', 'volunteers'),
  },
  {
    name: 'campaigns',
    defaultPort: 4003,
    urlEnv: 'CAMPAIGNS_URL',
    portEnv: 'CAMPAIGNS_PORT',
    packageDir: join(REPO_ROOT, 'packages', 'campaigns'),
  },
  {
    name: 'training',
    defaultPort: 4004,
    urlEnv: 'TRAINING_URL',
    portEnv: 'TRAINING_PORT',
    packageDir: join(REPO_ROOT, 'packages', 'training'),
  },
  {
    name: 'workspace',
    defaultPort: 4005,
    urlEnv: 'WORKSPACE_URL',
    portEnv: 'WORKSPACE_PORT',
    packageDir: join(REPO_ROOT, 'packages', 'workspace'),
  },
  {
    name: 'community',
    defaultPort: 4006,
    urlEnv: 'COMMUNITY_URL',
    portEnv: 'COMMUNITY_PORT',
    packageDir: join(REPO_ROOT, 'packages', 'community'),
  },
  {
    name: 'assessment',
    defaultPort: 4007,
    urlEnv: 'ASSESSMENT_URL',
    portEnv: 'ASSESSMENT_PORT',
    packageDir: join(REPO_ROOT, 'packages', 'assessment'),
  },
];

export function defaultSubgraphUrl(subgraph: SubgraphInfo): string {
  return `http://localhost:${subgraph.defaultPort}/graphql`;
}
