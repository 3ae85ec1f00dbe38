import 'reflect-metadata';
import { runSubgraphCli } from '@civic/subgraph-kit';
import { communitySubgraph } from './subgraph';

void runSubgraphCli(communitySubgraph);
