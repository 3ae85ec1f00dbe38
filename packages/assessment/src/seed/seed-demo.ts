import type { DataSource, EntityManager } from 'typeorm';
import { isUnitTreePublished, subtreeOfCode, UNIT_TREE, unitIdsByCode } from '@civic/org-tree';
import { seedOnce } from '@civic/subgraph-kit';
import type { IndicatorKind } from '../indicator/indicator-kind.enum';
import { IndicatorEntity } from '../indicator/indicator.entity';
import { FindingEntity } from '../inspection/finding.entity';
import { FindingState } from '../inspection/finding-state.enum';
import { InspectionEntity } from '../inspection/inspection.entity';
import { rankScheme } from '../ranking/ranking.loader';
import { RecognitionSubject } from '../recognition/recognition-subject.enum';
import { RecognitionEntity } from '../recognition/recognition.entity';
import type { RankedLevel } from '../scheme/ranked-level.enum';
import { SchemeState } from '../scheme/scheme-state.enum';
import { SchemeEntity } from '../scheme/scheme.entity';
import { HUIDONG_CENTER_CODE, INDICATORS, INSPECTIONS, RECOGNITIONS, RECOGNIZED_ON, SCHEME, type FindingSeed } from './assessment.data';

const SEEDER = 'seed';
/** What the scores are computed from: the other subgraphs' demo data must be loaded first. */
const SOURCES = ['volunteers.service_record', 'volunteers.service_request', 'campaigns.campaign_event', 'training.enrollment'];

/**
 * Loads, once, Huidong's 2021 assessment: the published scheme ranking the county's 19 township
 * institutes with the catalogue's indicators, inspections with fixes in every state (one overdue),
 * and the recognitions chosen by the figures: the top three institutes of the computed ranking, the
 * two teams and five volunteers with the most approved hours of 2021. Deterministic, given the other
 * subgraphs' demo data, which it reads (as the rankings do) and so must follow.
 */
export function seedAssessmentDemo(db: DataSource): Promise<boolean> {
  return seedOnce(db, 'assessment', 'huidong-2021', async (manager) => {
    await requireSources(manager);
    const scheme = await insertScheme(manager);
    const indicators = await insertIndicators(manager, scheme);
    await insertInspections(manager, scheme);
    await recogniseUnits(manager, scheme, indicators);
    await recogniseTeamsAndVolunteers(manager, scheme);
  });
}

async function requireSources(manager: EntityManager): Promise<void> {
  if (!(await isUnitTreePublished(manager)))
    throw new Error(`${UNIT_TREE} does not exist: migrate and seed the org subgraph before the assessment demo data`);
  const [{ missing }]: { missing: string[] }[] = await manager.query(
    `SELECT coalesce(array_agg(t) FILTER (WHERE to_regclass(t) IS NULL), '{}') AS missing FROM unnest($1::text[]) t`,
    [SOURCES],
  );
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: seed the other subgraphs before the assessment demo data`);
}

async function insertScheme(manager: EntityManager): Promise<SchemeEntity> {
  const owner = (await unitIdsByCode(manager, [HUIDONG_CENTER_CODE])).get(HUIDONG_CENTER_CODE);
  if (owner === undefined) throw new Error(`${UNIT_TREE} has no unit ${HUIDONG_CENTER_CODE}: load the org demo data first`);
  const published = new Date(`${SCHEME.publishedOn}T09:00:00+08:00`);
  const schemes = manager.getRepository(SchemeEntity);
  return schemes.save(
    schemes.create({
      ownerUnitId: owner,
      name: SCHEME.name,
      description: SCHEME.description,
      periodFrom: SCHEME.from,
      periodTo: SCHEME.to,
      rankedLevel: SCHEME.rankedLevel as RankedLevel,
      state: SchemeState.PUBLISHED,
      publishedAt: published,
      closedAt: null,
      createdBy: SEEDER,
      createdAt: published,
      updatedAt: published,
    }),
  );
}

function insertIndicators(manager: EntityManager, scheme: SchemeEntity): Promise<IndicatorEntity[]> {
  const indicators = manager.getRepository(IndicatorEntity);
  return indicators.save(
    INDICATORS.map((indicator) =>
      indicators.create({
        schemeId: scheme.id,
        kind: indicator.kind as IndicatorKind,
        target: indicator.target,
        weight: indicator.weight,
        description: indicator.description,
        createdBy: SEEDER,
        createdAt: scheme.createdAt,
        updatedAt: scheme.createdAt,
      }),
    ),
  );
}

async function insertInspections(manager: EntityManager, scheme: SchemeEntity): Promise<void> {
  const units = await unitIdsByCode(
    manager,
    INSPECTIONS.map((inspection) => inspection.unitCode),
  );
  for (const seed of INSPECTIONS) {
    const unitId = seed.stationOrdinal ? await stationOf(manager, seed.unitCode, seed.stationOrdinal) : units.get(seed.unitCode)!;
    const recordedAt = new Date(`${seed.inspectedOn}T17:00:00+08:00`);
    const inspection = await manager.getRepository(InspectionEntity).save({
      schemeId: scheme.id,
      orgUnitId: unitId,
      inspectedOn: seed.inspectedOn,
      inspectors: seed.inspectors,
      summary: seed.summary,
      createdBy: SEEDER,
      createdAt: recordedAt,
    });
    await manager.getRepository(FindingEntity).save(seed.findings.map((finding) => findingRow(inspection.id, finding, recordedAt)));
  }
}

/** The `ordinal`-th station (by id) under the institute with `code`. */
async function stationOf(manager: EntityManager, code: string, ordinal: number): Promise<number> {
  const [row]: { id: number }[] = await manager.query(
    `SELECT u.id FROM ${subtreeOfCode('$1')} u WHERE u.level = 'STATION' ORDER BY u.id OFFSET $2 LIMIT 1`,
    [code, ordinal - 1],
  );
  return row.id;
}

function findingRow(inspectionId: number, finding: FindingSeed, recordedAt: Date): Partial<FindingEntity> {
  const at = (day: string) => new Date(`${day}T17:00:00+08:00`);
  return {
    inspectionId,
    requiredFix: finding.requiredFix,
    dueOn: finding.dueOn,
    state: finding.verified ? FindingState.VERIFIED : finding.fixed ? FindingState.FIXED : FindingState.OPEN,
    fixedOn: finding.fixed?.on ?? null,
    fixReport: finding.fixed?.report ?? null,
    fixedBy: finding.fixed ? SEEDER : null,
    fixedAt: finding.fixed ? at(finding.fixed.on) : null,
    verifiedOn: finding.verified?.on ?? null,
    verificationNote: finding.verified?.note ?? null,
    verifiedBy: finding.verified ? SEEDER : null,
    verifiedAt: finding.verified ? at(finding.verified.on) : null,
    createdBy: SEEDER,
    createdAt: recordedAt,
  };
}

/** The top institutes of the ranking as computed now, each with its rank and total kept. */
async function recogniseUnits(manager: EntityManager, scheme: SchemeEntity, indicators: IndicatorEntity[]): Promise<void> {
  const ranking = await rankScheme(manager, scheme, indicators);
  const { count, title, reason } = RECOGNITIONS.units;
  await manager
    .getRepository(RecognitionEntity)
    .save(
      ranking
        .slice(0, count)
        .map((unit) =>
          recognition(scheme, RecognitionSubject.UNIT, unit.unitId, title, reason(unit.rank), { rank: unit.rank, score: unit.totalScore }),
        ),
    );
}

/** Whose approved hours to add up: the teams they were served with, the volunteers who served. */
const SERVERS = {
  teams: { table: 'volunteers.volunteer_team', unitColumn: 'org_unit_id', recordColumn: 'team_id' },
  volunteers: { table: 'volunteers.volunteer', unitColumn: 'home_unit_id', recordColumn: 'volunteer_id' },
} as const;

/** The teams based, and the volunteers registered, in Huidong with the most approved hours of the scheme's period. */
async function recogniseTeamsAndVolunteers(manager: EntityManager, scheme: SchemeEntity): Promise<void> {
  const rows: Partial<RecognitionEntity>[] = [];
  for (const [servers, subjectKind] of [
    ['teams', RecognitionSubject.TEAM],
    ['volunteers', RecognitionSubject.VOLUNTEER],
  ] as const) {
    const { table, unitColumn, recordColumn } = SERVERS[servers];
    const { count, title, reason } = RECOGNITIONS[servers];
    const top: { id: number; hours: string }[] = await manager.query(
      `SELECT s.id, sum(r.hours)::text AS hours
       FROM ${table} s JOIN ${subtreeOfCode('$1')} u ON u.id = s.${unitColumn}
       JOIN volunteers.service_record r ON r.${recordColumn} = s.id AND r.status = 'APPROVED'
        AND r.started_at >= $2::date::timestamp AT TIME ZONE 'Asia/Shanghai' AND r.started_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
       GROUP BY s.id ORDER BY sum(r.hours) DESC, s.id LIMIT $4`,
      [HUIDONG_CENTER_CODE, scheme.periodFrom, scheme.periodTo, count],
    );
    rows.push(...top.map((row) => recognition(scheme, subjectKind, row.id, title, reason(Number(row.hours)))));
  }
  await manager.getRepository(RecognitionEntity).save(rows);
}

function recognition(
  scheme: SchemeEntity,
  subjectKind: RecognitionSubject,
  subjectId: number,
  title: string,
  reason: string,
  snapshot?: { rank: number; score: number },
): Partial<RecognitionEntity> {
  return {
    schemeId: scheme.id,
    subjectKind,
    subjectId,
    title,
    reason,
    rankAtTime: snapshot?.rank ?? null,
    scoreAtTime: snapshot?.score ?? null,
    recognizedOn: RECOGNIZED_ON,
    createdBy: SEEDER,
    createdAt: new Date(`${RECOGNIZED_ON}T10:00:00+08:00`),
  };
}
