import { conflict } from '@civic/runtime';
import type { TrainingProgramEntity } from './training-program.entity';

/** A cancelled program is history: it takes no edits, enrollments or sessions. CONFLICT otherwise. */
export function refuseCancelledProgram(program: Pick<TrainingProgramEntity, 'id' | 'cancelledAt'>): void {
  if (program.cancelledAt) {
    throw conflict(`training program ${program.id} was cancelled on ${program.cancelledAt.toISOString()}; it takes no changes`);
  }
}
