import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { volunteersSubgraph } from '../src';

describeMigrationChecks(volunteersSubgraph, [orgSubgraph]);
