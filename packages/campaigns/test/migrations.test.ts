import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { campaignsSubgraph } from '../src';

describeMigrationChecks(campaignsSubgraph, [orgSubgraph]);
