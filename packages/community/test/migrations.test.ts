import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { communitySubgraph } from '../src';

describeMigrationChecks(communitySubgraph, [orgSubgraph]);
