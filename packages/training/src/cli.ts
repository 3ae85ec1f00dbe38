import 'reflect-metadata';
import { runSubgraphCli } from '@civic/kernel';
import { trainingSubgraph } from './subgraph';

void runSubgraphCli(trainingSubgraph);
