import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { workspaceSubgraph } from '../src';

describeMigrationChecks(workspaceSubgraph, [orgSubgraph]);
