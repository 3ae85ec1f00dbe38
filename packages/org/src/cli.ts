import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { orgSubgraph } from './subgraph';

void runSubgraphCli(orgSubgraph);
