import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { volunteersSubgraph } from './subgraph';

void runSubgraphCli(volunteersSubgraph);
