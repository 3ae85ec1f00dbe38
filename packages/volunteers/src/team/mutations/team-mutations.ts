import { badUserInput, conflict, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { VolunteerEntity } from '../../volunteer/volunteer.entity';
import { TeamMembershipEntity } from '../team-membership.entity';
import { VolunteerTeamEntity } from '../volunteer-team.entity';
import type { CreateVolunteerTeamInput } from './create-team.input';

export async function createVolunteerTeam(ctx: SubgraphContext, input: CreateVolunteerTeamInput): Promise<VolunteerTeamEntity> {
  const name = input.name.trim();
  const orgUnitId = parseId(input.orgUnitId, 'org unit');
  const brandProjectId = input.brandProjectId ? parseId(input.brandProjectId, 'brand project') : null;
  const [{ known }] = await ctx.db.query(`SELECT EXISTS (SELECT 1 FROM volunteers.team_theme WHERE name = $1) AS known`, [input.theme]);
  if (!known)
    throw badUserInput(`theme "${input.theme}" is not one of the configured team themes (see teamThemes)`, { argument: 'input.theme' });
  await ctx.access.requireWrite('volunteer:register', orgUnitId);
  return ctx.db.transaction(async (manager) => {
    if (
      brandProjectId !== null &&
      !(await manager.query(`SELECT 1 FROM volunteers.brand_project WHERE id = $1`, [brandProjectId])).length
    ) {
      throw notFound('brand project', brandProjectId);
    }
    const teams = manager.getRepository(VolunteerTeamEntity);
    const team = await teams.save(
      teams.create({ name, level: input.level, theme: input.theme, orgUnitId, brandProjectId, leaderVolunteerId: null }),
    );
    await ctx.audit.record(manager, 'createVolunteerTeam', 'VolunteerTeam', [team.id]);
    return team;
  });
}

/** A volunteer joins a team: itself (VOLUNTEER token) or enrolled by staff of the team's subtree. */
export async function joinTeam(ctx: SubgraphContext, volunteerIdArg: string, teamIdArg: string): Promise<VolunteerTeamEntity> {
  const { volunteerId, team } = await membershipParties(ctx, volunteerIdArg, teamIdArg);
  if (team.dissolvedAt) throw conflict(`volunteer team ${team.id} is dissolved`);
  return ctx.db.transaction(async (manager) => {
    const volunteer = await assertVolunteerExists(manager, volunteerId);
    if (volunteer.deregisteredAt) throw conflict(`volunteer ${volunteerId} is deregistered`);
    const memberships = manager.getRepository(TeamMembershipEntity);
    try {
      const membership = await memberships.save(memberships.create({ teamId: team.id, volunteerId, joinedOn: chinaToday(), leftOn: null }));
      await ctx.audit.record(manager, 'joinTeam', 'TeamMembership', [membership.id]);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw conflict(`volunteer ${volunteerId} is already a member of team ${team.id}`);
      throw err;
    }
    return team;
  });
}

/** Ends a membership; the row stays with its leaving day. */
export async function leaveTeam(ctx: SubgraphContext, volunteerIdArg: string, teamIdArg: string): Promise<VolunteerTeamEntity> {
  const { volunteerId, team } = await membershipParties(ctx, volunteerIdArg, teamIdArg);
  return ctx.db.transaction(async (manager) => {
    const result = await manager
      .createQueryBuilder()
      .update(TeamMembershipEntity)
      .set({ leftOn: chinaToday() })
      .where('team_id = :teamId AND volunteer_id = :volunteerId AND left_on IS NULL', { teamId: team.id, volunteerId })
      .returning('id')
      .execute();
    const ended = (result.raw as { id: number }[]).map((r) => r.id);
    if (ended.length === 0) throw conflict(`volunteer ${volunteerId} is not a member of team ${team.id}`);
    await ctx.audit.record(manager, 'leaveTeam', 'TeamMembership', ended);
    return team;
  });
}

async function membershipParties(ctx: SubgraphContext, volunteerIdArg: string, teamIdArg: string) {
  const volunteerId = parseId(volunteerIdArg, 'volunteer');
  const teamId = parseId(teamIdArg, 'volunteer team');
  const team = await ctx.db.getRepository(VolunteerTeamEntity).findOneBy({ id: teamId });
  if (!team) throw notFound('volunteer team', teamId);
  if (!ctx.access.isVolunteer(volunteerId)) await ctx.access.requireWrite('volunteer:register', team.orgUnitId);
  return { volunteerId, team };
}

export async function assertVolunteerExists(manager: EntityManager, volunteerId: number): Promise<VolunteerEntity> {
  const volunteer = await manager.getRepository(VolunteerEntity).findOneBy({ id: volunteerId });
  if (!volunteer) throw notFound('volunteer', volunteerId);
  return volunteer;
}
