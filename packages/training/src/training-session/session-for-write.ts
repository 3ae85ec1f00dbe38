import { notFound } from '@civic/runtime';
import { type SubgraphContext } from '@civic/subgraph-kit';
import { programForWrite } from '../training-program/program-for-write';
import type { TrainingProgramEntity } from '../training-program/training-program.entity';
import { TrainingSessionEntity } from './training-session.entity';

/** A session and its program, once the caller may change the program's agenda (`training:write` on the organiser). */
export async function sessionForWrite(
  ctx: SubgraphContext,
  sessionId: number,
): Promise<{ session: TrainingSessionEntity; program: TrainingProgramEntity }> {
  const session = await ctx.db.getRepository(TrainingSessionEntity).findOneBy({ id: sessionId });
  if (!session) throw notFound('training session', sessionId);
  const program = await programForWrite(ctx, session.programId);
  return { session, program };
}
