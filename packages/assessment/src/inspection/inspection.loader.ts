import { In, type DataSource } from 'typeorm';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { childPagesLoader, groupLoader, idLoader, StatsScope } from '@civic/subgraph-kit';
import { FindingEntity } from './finding.entity';
import type { FindingState } from './finding-state.enum';
import { InspectionEntity } from './inspection.entity';
import { inspectionOrdering } from './inspection-order.input';

/** A unit's inspections to list: the filter as the loader keys it (every field present). */
export interface UnitInspectionFilter {
  scope: StatsScope;
  findingState: FindingState | null;
  from: string | null;
  to: string | null;
}

export function createInspectionLoaders(db: DataSource) {
  const inspections = db.getRepository(InspectionEntity);
  const findings = db.getRepository(FindingEntity);
  return {
    inspectionById: idLoader((ids) => inspections.findBy({ id: In(ids) })),
    findingById: idLoader((ids) => findings.findBy({ id: In(ids) })),
    /** The findings of many inspections, in the order they were recorded, in one statement. */
    findingsOfInspection: groupLoader<number, FindingEntity>(
      (ids) => findings.find({ where: { inspectionId: In([...ids]) }, order: { id: 'ASC' } }),
      (row) => row.inspectionId,
    ),
    /** Pages of many units' inspections (of the unit, or of its subtree), filtered and sorted, in one statement per page shape. */
    inspectionsOfUnit: childPagesLoader<InspectionEntity, UnitInspectionFilter>(db, {
      from: (units, filter, bind) => {
        const inspected =
          filter.scope === StatsScope.SELF
            ? `JOIN assessment.inspection inspection ON inspection.org_unit_id = unit.id`
            : `JOIN ${UNIT_TREE} inspected ON ${pathWithin('inspected.path', 'unit.path')}
               JOIN assessment.inspection inspection ON inspection.org_unit_id = inspected.id`;
        const conditions = [
          `unit.id = ANY(${units})`,
          filter.from ? `inspection.inspected_on >= ${bind(filter.from)}::date` : null,
          filter.to ? `inspection.inspected_on <= ${bind(filter.to)}::date` : null,
          filter.findingState
            ? `EXISTS (SELECT 1 FROM assessment.inspection_finding f WHERE f.inspection_id = inspection.id AND f.state = ${bind(filter.findingState)})`
            : null,
        ].filter(Boolean);
        return `${UNIT_TREE} unit ${inspected} WHERE ${conditions.join(' AND ')}`;
      },
      parentId: 'unit.id',
      childId: 'inspection.id',
      sortKeys: inspectionOrdering(null).keys,
      load: (ids) => inspections.findBy({ id: In(ids) }),
    }),
  };
}
