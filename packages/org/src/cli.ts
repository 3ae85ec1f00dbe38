import 'reflect-metadata';
import { runSubgraphCli } from '@civic/kernel';
import { orgSubgraph } from './subgraph';

void runSubgraphCli(orgSubgraph);
