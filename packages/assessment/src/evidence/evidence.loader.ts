import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, type Connection, type Ordering, type PageArgs } from '@civic/subgraph-kit';
import type { IndicatorKind } from '../indicator/indicator-kind.enum';
import { INDICATOR_KINDS } from '../indicator/kinds';
import { evidencePagesStatement, type EvidencePageRow } from './evidence.sql';
import type { EvidenceRow } from './evidence.type';

/** One unit's page of the rows behind one indicator kind over one period. */
export interface EvidenceKey {
  kind: IndicatorKind;
  unitId: number;
  from: string;
  to: string;
  page: PageArgs;
  ordering: Ordering<EvidenceRow>;
}

/** Keys that differ only in their unit share one statement. */
const shapeOf = (key: EvidenceKey) =>
  JSON.stringify([key.kind, key.from, key.to, key.page.first ?? null, key.page.after ?? null, key.ordering.name]);
const cacheKeyOf = (key: EvidenceKey) => `${key.unitId}:${shapeOf(key)}`;

/** Pages of the rows behind indicator figures (IndicatorScore.rows), one statement per kind and page shape. */
export function evidenceLoader(db: DataSource): DataLoader<EvidenceKey, Connection<EvidenceRow>, string> {
  return new DataLoader<EvidenceKey, Connection<EvidenceRow>, string>(
    async (keys) => {
      const groups = new Map<string, EvidenceKey[]>();
      for (const key of keys) groups.set(shapeOf(key), [...(groups.get(shapeOf(key)) ?? []), key]);
      const pages = new Map<string, Connection<EvidenceRow> | Error>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          try {
            const connections = await evidencePages(db, group);
            for (const key of group) pages.set(cacheKeyOf(key), connections.get(key.unitId)!);
          } catch (err) {
            for (const key of group) pages.set(cacheKeyOf(key), err instanceof Error ? err : new Error(String(err)));
          }
        }),
      );
      return keys.map((key) => pages.get(cacheKeyOf(key))!);
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

async function evidencePages(db: DataSource, group: EvidenceKey[]): Promise<Map<number, Connection<EvidenceRow>>> {
  const { kind, from, to, page, ordering } = group[0];
  const definition = INDICATOR_KINDS[kind];
  const size = pageSize(page);
  const after = page.after ? decodeCursor(page.after, ordering.keys.length, ordering.name) : null;
  const unitIds = [...new Set(group.map((key) => key.unitId))];
  const statement = evidencePagesStatement(definition, { unitIds, from, to, ordering, after, limit: size + 1 });
  const rows: EvidencePageRow[] = await db.query(statement.sql, statement.params);
  const byUnit = new Map<number, { total: number; rows: EvidenceRow[] }>();
  for (const row of rows) {
    const entry = byUnit.get(row.unit_id) ?? { total: row.total, rows: [] };
    if (row.source_id !== null) {
      entry.rows.push({
        sourceKind: definition.source,
        sourceId: row.source_id,
        day: row.day!,
        label: row.label!,
        amount: Number(row.amount),
        unit: definition.amountUnit,
        refId: row.ref_id,
      });
    }
    byUnit.set(row.unit_id, entry);
  }
  return new Map(
    unitIds.map((unitId) => {
      const { total, rows: found } = byUnit.get(unitId) ?? { total: 0, rows: [] };
      const edges = found.slice(0, size).map((node) => ({
        node,
        cursor: encodeCursor(
          ordering.keys.map((key) => key.value(node)),
          ordering.name,
        ),
      }));
      const hasNextPage = size === 0 ? total > 0 && !page.after : found.length > size;
      return [unitId, { edges, totalCount: total, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } }];
    }),
  );
}
