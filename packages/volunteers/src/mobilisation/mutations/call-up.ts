import { badUserInput, conflict, notFound } from '@civic/runtime';
import { chinaToday, type SubgraphContext } from '@civic/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { MobilisationEntity } from '../mobilisation.entity';
import type { CallUpTeamsInput, CallUpVolunteersInput } from './mobilisation.inputs';
import { authorizeMobilisationEdit, idList, insideArea, lockMobilisation } from './mobilisation-edit';

interface Candidate {
  id: number;
  found: boolean;
  retired: boolean;
  inside: boolean;
}

/** What is called up: teams (by the unit they are based at) or volunteers (by their home unit). */
interface CallUpTarget {
  what: string;
  argument: string;
  max: number;
  table: string;
  column: string;
  candidates: string;
  retired: string;
  action: string;
}

const TEAMS: CallUpTarget = {
  what: 'volunteer team',
  argument: 'input.teamIds',
  max: 100,
  table: 'volunteers.mobilisation_team',
  column: 'team_id',
  candidates: `volunteers.volunteer_team c ON c.id = want.id`,
  retired: 'c.dissolved_at IS NOT NULL',
  action: 'callUpTeams',
};

const VOLUNTEERS: CallUpTarget = {
  what: 'volunteer',
  argument: 'input.volunteerIds',
  max: 500,
  table: 'volunteers.mobilisation_volunteer',
  column: 'volunteer_id',
  candidates: `volunteers.volunteer c ON c.id = want.id`,
  retired: 'c.deregistered_at IS NOT NULL',
  action: 'callUpVolunteers',
};

/** Calls up teams based inside the area of a mobilisation that has not ended (mobilisation:write on its calling unit). */
export function callUpTeams(ctx: SubgraphContext, input: CallUpTeamsInput): Promise<MobilisationEntity> {
  return callUp(ctx, TEAMS, input.mobilisationId, input.teamIds, input.calledUpOn, 'c.org_unit_id');
}

/** Calls up volunteers by name, registered inside the area of a mobilisation that has not ended. */
export function callUpVolunteers(ctx: SubgraphContext, input: CallUpVolunteersInput): Promise<MobilisationEntity> {
  return callUp(ctx, VOLUNTEERS, input.mobilisationId, input.volunteerIds, input.calledUpOn, 'c.home_unit_id');
}

async function callUp(
  ctx: SubgraphContext,
  target: CallUpTarget,
  mobilisationIdArg: string,
  idArgs: string[],
  calledUpOnArg: string | null | undefined,
  unitColumn: string,
): Promise<MobilisationEntity> {
  const ids = idList(idArgs, target.what, target.argument, target.max);
  const mobilisation = await authorizeMobilisationEdit(ctx, mobilisationIdArg);
  const calledUpOn = calledUpOnArg ?? chinaToday();
  return ctx.db.transaction(async (manager) => {
    const current = await lockMobilisation(manager, mobilisation.id, true);
    if (calledUpOn < current.startsOn)
      throw badUserInput(`calledUpOn must not be before the mobilisation's first day (${current.startsOn})`, {
        argument: 'input.calledUpOn',
      });
    await assertCallable(manager, target, current.id, ids, unitColumn);
    const added: { id: number }[] = await manager.query(
      `INSERT INTO ${target.table} (mobilisation_id, ${target.column}, called_up_on) SELECT $1, unnest($2::int[]), $3
       ON CONFLICT DO NOTHING RETURNING ${target.column} AS id`,
      [current.id, ids, calledUpOn],
    );
    if (added.length > 0) await ctx.audit.record(manager, target.action, 'Mobilisation', [current.id]);
    return current;
  });
}

/** Each id names an active team or registered volunteer inside the mobilisation's area. */
async function assertCallable(manager: EntityManager, target: CallUpTarget, mobilisationId: number, ids: number[], unitColumn: string) {
  const rows: Candidate[] = await manager.query(
    `SELECT want.id, c.id IS NOT NULL AS found, coalesce(${target.retired}, false) AS retired,
            coalesce(${insideArea(unitColumn, '$2')}, false) AS inside
     FROM unnest($1::int[]) AS want(id) LEFT JOIN ${target.candidates} ORDER BY want.id`,
    [ids, mobilisationId],
  );
  const missing = rows.find((row) => !row.found);
  if (missing) throw notFound(target.what, missing.id);
  const retired = rows.find((row) => row.retired);
  if (retired) throw conflict(`${target.what} ${retired.id} is ${target === TEAMS ? 'dissolved' : 'deregistered'}`);
  const outside = rows.find((row) => !row.inside);
  if (outside)
    throw badUserInput(`${target.what} ${outside.id} is not based inside mobilisation ${mobilisationId}'s area`, {
      argument: target.argument,
    });
}
