export { startGateway, type GatewayOptions, type RunningGateway } from './server';
export { SUBGRAPHS, subgraphUrlsFromEnv, type SubgraphInfo } from './subgraphs';
export { composeSupergraph, SUPERGRAPH_PATH } from './compose/compose-supergraph';
export { signDevToken, type TokenRequest } from './auth/sign-token';
