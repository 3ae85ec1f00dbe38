import 'reflect-metadata';
import { runSubgraphCli } from '@civic/kernel';
import { volunteersSubgraph } from './subgraph';

void runSubgraphCli(volunteersSubgraph);
