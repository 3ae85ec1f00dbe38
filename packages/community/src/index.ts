import 'reflect-metadata';

export { communitySubgraph } from './subgraph';
