import 'reflect-metadata';

export { assessmentSubgraph } from './subgraph';
