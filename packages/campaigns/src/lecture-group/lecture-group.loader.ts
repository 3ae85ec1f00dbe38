import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, idLoader } from '@civic/subgraph-kit';
import { idsByKeyLoader } from '../shared/ids-by-key.loader';
import { LectureGroupEntity } from './lecture-group.entity';

export function lectureGroupByIdLoader(db: DataSource) {
  const groups = db.getRepository(LectureGroupEntity);
  return idLoader((ids) => groups.findBy({ id: In(ids) }));
}

/** The lecture groups formed for each of many campaigns, by name, in one statement. */
export function lectureGroupsByCampaignLoader(db: DataSource): DataLoader<number, LectureGroupEntity[]> {
  const groups = db.getRepository(LectureGroupEntity);
  return groupLoader(
    (campaignIds) => groups.find({ where: { campaignId: In([...campaignIds]) }, order: { id: 'ASC' } }),
    (group) => group.campaignId as number,
  );
}

/** The lecture groups based at each of many org units, in one statement. */
export function lectureGroupsByUnitLoader(db: DataSource): DataLoader<number, LectureGroupEntity[]> {
  const groups = db.getRepository(LectureGroupEntity);
  return groupLoader(
    (unitIds) => groups.find({ where: { orgUnitId: In([...unitIds]) }, order: { id: 'ASC' } }),
    (group) => group.orgUnitId,
  );
}

/** The member volunteer ids of many lecture groups, in one statement. */
export function lectureGroupMemberIdsLoader(db: DataSource): DataLoader<number, number[]> {
  return idsByKeyLoader(
    db,
    `SELECT group_id AS key, volunteer_id AS id FROM campaigns.lecture_group_member WHERE group_id = ANY($1::int[]) ORDER BY group_id, volunteer_id`,
  );
}
