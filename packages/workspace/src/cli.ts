import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { workspaceSubgraph } from './subgraph';

void runSubgraphCli(workspaceSubgraph);
