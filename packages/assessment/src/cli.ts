import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { assessmentSubgraph } from './subgraph';

void runSubgraphCli(assessmentSubgraph);
