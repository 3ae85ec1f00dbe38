import { notFound } from '@civic/runtime';
import { type SubgraphContext } from '@civic/subgraph-kit';
import { TrainingProgramEntity } from './training-program.entity';

/**
 * The program a write is about, once the caller may change it: `training:write` on the organiser
 * (ADMIN anywhere, ORG_ADMIN inside its subtree). NOT_FOUND for no such program.
 */
export async function programForWrite(ctx: SubgraphContext, programId: number): Promise<TrainingProgramEntity> {
  const program = await ctx.db.getRepository(TrainingProgramEntity).findOneBy({ id: programId });
  if (!program) throw notFound('training program', programId);
  await ctx.access.requireWrite('training:write', program.organizerUnitId);
  return program;
}
