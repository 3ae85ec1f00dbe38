import { conflict } from '@civic/runtime';
import { lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { VolunteerTeamEntity } from '../volunteer-team.entity';
import { authorizeTeamEdit } from './team-edit-access';
import type { RenameVolunteerTeamInput } from './team-edit.inputs';

export async function renameVolunteerTeam(ctx: SubgraphContext, input: RenameVolunteerTeamInput): Promise<VolunteerTeamEntity> {
  const id = parseId(input.id, 'volunteer team');
  await authorizeTeamEdit(ctx, id);
  return ctx.db.transaction(async (manager) => {
    const team = await lockForEdit(manager, VolunteerTeamEntity, id, input.expectedVersion, 'volunteer team');
    if (team.dissolvedAt) throw conflict(`volunteer team ${id} is dissolved`);
    const before = team.name;
    team.name = input.name.trim();
    const saved = await manager.getRepository(VolunteerTeamEntity).save(team);
    await ctx.audit.record(manager, 'renameVolunteerTeam', 'VolunteerTeam', [id], { changes: { name: { from: before, to: saved.name } } });
    return saved;
  });
}
