import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '@civic/org';
import { trainingSubgraph } from '../src';

describeMigrationChecks(trainingSubgraph, [orgSubgraph]);
