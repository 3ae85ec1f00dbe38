import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { assessmentSubgraph } from '../src';

describeMigrationChecks(assessmentSubgraph, [orgSubgraph]);
