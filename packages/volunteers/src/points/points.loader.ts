import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { childPagesLoader, idLoader, periodBounds } from '@civic/subgraph-kit';
import { ServiceRecordEntity } from '../service-record/service-record.entity';
import type { PointsEntryFilter } from './points-entry-filter.input';
import { PointsEntryEntity } from './points-entry.entity';
import { pointsEntryOrdering } from './points-entry-order';
import type { PointsRate } from './points-rate.type';
import { unitInScopeLoader } from './staff-scope';
import { unitPointsLoader } from './unit-points.loader';

/** A ledger filter as a page key: plain values, so equal filters share one statement. */
export interface EntryFilterKey {
  kinds: string[] | null;
  start: string | null;
  end: string | null;
}

export function entryFilterKey(filter: PointsEntryFilter | null | undefined): EntryFilterKey {
  const { start, end } = periodBounds(filter);
  return {
    kinds: filter?.kinds?.length ? [...new Set(filter.kinds)].sort() : null,
    start: start?.toISOString() ?? null,
    end: end?.toISOString() ?? null,
  };
}

export interface AccountFigures {
  balance: number;
  earned: number;
  bonus: number;
  spent: number;
}

const NO_POINTS: AccountFigures = { balance: 0, earned: 0, bonus: 0, spent: 0 };

export function createPointsLoaders(db: DataSource) {
  const entries = db.getRepository(PointsEntryEntity);
  const records = db.getRepository(ServiceRecordEntity);
  return {
    unitInScope: unitInScopeLoader(db),
    /** Many volunteers' balances and totals in one statement; a volunteer without entries holds none. */
    pointsAccount: new DataLoader<number, AccountFigures>(async (ids) => {
      const rows: { volunteer_id: number; balance: string; earned: string; bonus: string; spent: string }[] = await db.query(
        `SELECT volunteer_id, balance, earned, bonus, spent FROM volunteers.points_account WHERE volunteer_id = ANY($1::int[])`,
        [ids],
      );
      const byId = new Map(
        rows.map((r) => [
          r.volunteer_id,
          { balance: Number(r.balance), earned: Number(r.earned), bonus: Number(r.bonus), spent: Number(r.spent) },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? NO_POINTS);
    }),
    /** Each volunteer's ledger entries (over the alias `entry`), filtered and paginated, for many volunteers at once. */
    pointsEntryPages: childPagesLoader<PointsEntryEntity, EntryFilterKey>(db, {
      from: (volunteerIds, filter, bind) =>
        [
          `volunteers.points_entry entry WHERE entry.volunteer_id = ANY(${volunteerIds})`,
          filter.kinds ? `entry.kind = ANY(${bind(filter.kinds)}::text[])` : null,
          filter.start ? `entry.booked_at >= ${bind(filter.start)}::timestamptz` : null,
          filter.end ? `entry.booked_at < ${bind(filter.end)}::timestamptz` : null,
        ]
          .filter(Boolean)
          .join(' AND '),
      parentId: 'entry.volunteer_id',
      childId: 'entry.id',
      sortKeys: pointsEntryOrdering(null).keys,
      load: (ids) => entries.findBy({ id: In(ids) }),
    }),
    /** The rate in force at many units, and whose rule it is, in one statement. */
    pointsRate: new DataLoader<number, PointsRate>(async (unitIds) => {
      const rows: { id: number; rate: string; rule_unit_id: number | null; set_at: Date | null }[] = await db.query(
        `SELECT a.id, volunteers.points_rate_of(a.id) AS rate, pr.unit_id AS rule_unit_id, pr.set_at
         FROM unnest($1::int[]) AS a(id)
         LEFT JOIN volunteers.points_rate pr ON pr.unit_id = volunteers.points_rule_of(a.id)`,
        [unitIds],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return unitIds.map((id) => {
        const row = byId.get(id)!;
        return { pointsPerHour: Number(row.rate), isDefault: row.rule_unit_id === null, setAt: row.set_at, ruleUnitId: row.rule_unit_id };
      });
    }),
    unitPoints: unitPointsLoader(db),
    serviceRecordById: idLoader((ids) => records.findBy({ id: In(ids) })),
  };
}
