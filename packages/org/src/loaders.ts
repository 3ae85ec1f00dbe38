import type { DataSource } from 'typeorm';
import type { SubgraphContext } from '@civic/kernel';
import { createOrgUnitLoaders } from './org-unit/org-unit.loader';
import { regionByCodeLoader } from './region/region.loader';

export function createOrgLoaders(db: DataSource) {
  return { ...createOrgUnitLoaders(db), regionByCode: regionByCodeLoader(db) };
}

export type OrgLoaders = ReturnType<typeof createOrgLoaders>;
export type OrgContext = SubgraphContext<OrgLoaders>;
