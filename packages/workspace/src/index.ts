import 'reflect-metadata';

export { workspaceSubgraph } from './subgraph';
