import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { campaignsSubgraph } from './subgraph';

void runSubgraphCli(campaignsSubgraph);
