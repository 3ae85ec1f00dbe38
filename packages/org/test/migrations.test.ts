import { describeMigrationChecks } from '@civic/testing';
import { orgSubgraph } from '../src';

describeMigrationChecks(orgSubgraph);
