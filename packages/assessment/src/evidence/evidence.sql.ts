import { UNIT_TREE } from '@civic/org-tree';
import type { Ordering } from '@civic/subgraph-kit';
import { assessedScopeCtes, type IndicatorKindDefinition } from '../indicator/kinds';
import type { EvidenceRow } from './evidence.type';

export interface EvidencePageRow {
  unit_id: number;
  total: number;
  source_id: number | null;
  day: string | null;
  label: string | null;
  amount: string | null;
  ref_id: number | null;
}

/**
 * One statement for the pages of many units' rows behind one indicator kind, all with the same page
 * arguments: the kind's facts over the asked units (the same SQL the scores add up), numbered per unit
 * in the asked order after the cursor, the first `limit` of each, and each unit's total across all pages.
 */
export function evidencePagesStatement(
  kind: IndicatorKindDefinition,
  request: { unitIds: number[]; from: string; to: string; ordering: Ordering<EvidenceRow>; after: unknown[] | null; limit: number },
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const ranked = `SELECT u.id AS unit_id, u.path, u.name FROM ${UNIT_TREE} u WHERE u.id = ANY(${bind(request.unitIds)}::int[])`;
  const scope = assessedScopeCtes(`${bind(request.from)}::date`, `${bind(request.to)}::date`, ranked);
  const { keys, direction } = request.ordering;
  const sortColumns = keys.map((key) => key.expression).join(', ');
  const sortOrder = keys.map((key) => `${key.expression} ${direction}`).join(', ');
  const afterCursor = request.after
    ? `WHERE (${sortColumns}) ${direction === 'DESC' ? '<' : '>'} (${request.after.map(bind).join(', ')})`
    : '';
  const sql = `
    WITH ${scope.join(',\n')},
    facts AS (${kind.facts}),
    totals AS (SELECT r.unit_id, count(f.unit_id)::int AS total FROM ranked r LEFT JOIN facts f ON f.unit_id = r.unit_id GROUP BY r.unit_id),
    numbered AS (SELECT f.*, row_number() OVER (PARTITION BY f.unit_id ORDER BY ${sortOrder}) AS position FROM facts f ${afterCursor})
    SELECT t.unit_id, t.total, n.source_id, to_char(n.day, 'YYYY-MM-DD') AS day, n.label, n.amount, n.ref_id
    FROM totals t LEFT JOIN numbered n ON n.unit_id = t.unit_id AND n.position <= ${bind(request.limit)}
    ORDER BY t.unit_id, n.position`;
  return { sql, params };
}
