import 'reflect-metadata';

export { trainingSubgraph } from './subgraph';
