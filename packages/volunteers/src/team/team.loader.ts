import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { childPagesLoader, groupLoader, idLoader, type SortKey } from '@civic/subgraph-kit';
import { VolunteerEntity } from '../volunteer/volunteer.entity';
import { TeamMembershipEntity } from './team-membership.entity';
import { VolunteerTeamEntity } from './volunteer-team.entity';

export interface TeamFigures {
  memberCount: number;
  totalServiceHours: number;
}

const MEMBER_BY_ID: SortKey<VolunteerEntity>[] = [{ expression: 'volunteer.id', value: (row) => row.id }];

export function createTeamLoaders(db: DataSource) {
  const teams = db.getRepository(VolunteerTeamEntity);
  const volunteers = db.getRepository(VolunteerEntity);
  return {
    teamById: idLoader((ids) => teams.findBy({ id: In(ids) })),
    teamsByUnit: groupLoader<number, VolunteerTeamEntity>(
      (unitIds) => teams.find({ where: { orgUnitId: In([...unitIds]), dissolvedAt: IsNull() }, order: { id: 'ASC' } }),
      (row) => row.orgUnitId,
    ),
    /** The teams a volunteer is a member of now. */
    teamsByVolunteer: groupLoader<number, VolunteerTeamEntity & { memberVolunteerId: number }>(
      (volunteerIds) =>
        db.query(
          `SELECT t.id, t.name, t.level, t.theme, t.org_unit_id AS "orgUnitId", t.leader_volunteer_id AS "leaderVolunteerId",
                  t.brand_project_id AS "brandProjectId", m.volunteer_id AS "memberVolunteerId"
           FROM volunteers.team_membership m JOIN volunteers.volunteer_team t ON t.id = m.team_id
           WHERE m.volunteer_id = ANY($1::int[]) AND m.left_on IS NULL ORDER BY t.id`,
          [volunteerIds],
        ),
      (row) => row.memberVolunteerId,
    ),
    /** Each team's current members, by id or the order asked for (over the alias `volunteer`), paginated: for a whole list of teams at once. */
    memberPages: childPagesLoader<VolunteerEntity>(db, {
      from: (teamIds) =>
        `volunteers.team_membership m JOIN volunteers.volunteer volunteer ON volunteer.id = m.volunteer_id
         WHERE m.team_id = ANY(${teamIds}) AND m.left_on IS NULL`,
      parentId: 'm.team_id',
      childId: 'm.volunteer_id',
      sortKeys: MEMBER_BY_ID,
      load: (ids) => volunteers.findBy({ id: In(ids) }),
    }),
    membershipsByVolunteer: groupLoader<number, TeamMembershipEntity>(
      (volunteerIds) =>
        db
          .getRepository(TeamMembershipEntity)
          .find({ where: { volunteerId: In([...volunteerIds]) }, order: { joinedOn: 'ASC', id: 'ASC' } }),
      (row) => row.volunteerId,
    ),
    /** Current members and approved hours served for the team, for many teams in one statement. */
    teamFigures: new DataLoader<number, TeamFigures>(async (teamIds) => {
      const rows: { id: number; members: number; hours: string }[] = await db.query(
        `SELECT t.id,
                (SELECT count(*)::int FROM volunteers.team_membership m WHERE m.team_id = t.id AND m.left_on IS NULL) AS members,
                (SELECT coalesce(sum(r.hours), 0) FROM volunteers.service_record r WHERE r.team_id = t.id AND r.status = 'APPROVED') AS hours
         FROM volunteers.volunteer_team t WHERE t.id = ANY($1::int[])`,
        [teamIds],
      );
      const byId = new Map(rows.map((r) => [r.id, { memberCount: r.members, totalServiceHours: Number(r.hours) }]));
      return teamIds.map((id) => byId.get(id) ?? { memberCount: 0, totalServiceHours: 0 });
    }),
  };
}
