import { referenceById } from '@civic/kernel';
import type { OrgLoaders } from '../loaders';

export const orgUnitReference = referenceById((loaders: OrgLoaders) => loaders.orgUnitById);
