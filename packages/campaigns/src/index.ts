import 'reflect-metadata';

export { campaignsSubgraph } from './subgraph';
