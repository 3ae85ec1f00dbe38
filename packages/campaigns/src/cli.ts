import 'reflect-metadata';
import { runSubgraphCli } from '@civic/kernel';
import { campaignsSubgraph } from './subgraph';

void runSubgraphCli(campaignsSubgraph);
