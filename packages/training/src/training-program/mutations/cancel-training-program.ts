import { conflict } from '@civic/runtime';
import { lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { programForWrite } from '../program-for-write';
import { refuseCancelledProgram } from '../refuse-cancelled';
import { TrainingProgramEntity } from '../training-program.entity';
import type { CancelTrainingProgramInput } from './cancel-training-program.input';

/**
 * Cancels a program (取消): the row stays, with when and why, in lists and the audit trail; it takes
 * no enrollments or sessions any more and leaves statistics unless they ask for cancelled programs.
 * A program whose trainees have completed it took place, and is not cancelled.
 */
export async function cancelTrainingProgram(
  ctx: SubgraphContext,
  id: string,
  input: CancelTrainingProgramInput,
): Promise<TrainingProgramEntity> {
  const programId = parseId(id, 'training program');
  const reason = input.reason.trim();
  await programForWrite(ctx, programId);
  return ctx.db.transaction(async (manager) => {
    const programs = manager.getRepository(TrainingProgramEntity);
    const program = await lockForEdit(manager, TrainingProgramEntity, programId, input.expectedVersion, 'training program');
    refuseCancelledProgram(program);
    const [{ completed }]: { completed: number }[] = await manager.query(
      `SELECT count(*)::int AS completed FROM training.enrollment WHERE program_id = $1 AND completed_on IS NOT NULL`,
      [programId],
    );
    if (completed > 0) throw conflict(`training program ${programId} took place: ${completed} trainees completed it`);
    await programs.update({ id: programId }, { cancelledAt: () => 'now()', cancellationReason: reason });
    await ctx.audit.record(manager, 'cancelTrainingProgram', 'TrainingProgram', [programId], { reason });
    return programs.findOneByOrFail({ id: programId });
  });
}
