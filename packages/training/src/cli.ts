import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { trainingSubgraph } from './subgraph';

void runSubgraphCli(trainingSubgraph);
