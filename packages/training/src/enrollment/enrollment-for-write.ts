import { notFound } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import type { TrainingProgramEntity } from '../training-program/training-program.entity';
import { programForWrite } from '../training-program/program-for-write';
import { EnrollmentEntity } from './enrollment.entity';

/** An enrollment and its program, once the caller may change the program's records (`training:write` on the organiser). */
export async function enrollmentForWrite(
  ctx: SubgraphContext,
  enrollmentId: string,
): Promise<{ enrollment: EnrollmentEntity; program: TrainingProgramEntity }> {
  const id = parseId(enrollmentId, 'enrollment');
  const enrollment = await ctx.db.getRepository(EnrollmentEntity).findOneBy({ id });
  if (!enrollment) throw notFound('enrollment', id);
  const program = await programForWrite(ctx, enrollment.programId);
  return { enrollment, program };
}
