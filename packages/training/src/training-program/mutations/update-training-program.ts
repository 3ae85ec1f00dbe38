import type { EntityManager } from 'typeorm';
import { badUserInput } from '@civic/runtime';
import { changedFields, lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { optionalText } from '../../shared/optional-text';
import { programForWrite } from '../program-for-write';
import { refuseCancelledProgram } from '../refuse-cancelled';
import { TrainingProgramEntity } from '../training-program.entity';
import type { UpdateTrainingProgramInput } from './update-training-program.input';

const EDITABLE_FIELDS = ['title', 'startsOn', 'endsOn', 'audience', 'place', 'capacity'] as const;

type ProgramFields = Partial<Pick<TrainingProgramEntity, (typeof EDITABLE_FIELDS)[number]>>;

/**
 * Changes a program on the version its editor read, by the organiser's staff (`training:write`).
 * New dates must still hold every session of the agenda; a capacity must still hold everyone
 * enrolled. A cancelled program is history and does not change.
 */
export async function updateTrainingProgram(
  ctx: SubgraphContext,
  id: string,
  input: UpdateTrainingProgramInput,
): Promise<TrainingProgramEntity> {
  const programId = parseId(id, 'training program');
  const fields = givenFields(input);
  await programForWrite(ctx, programId);
  return ctx.db.transaction(async (manager) => {
    const programs = manager.getRepository(TrainingProgramEntity);
    const program = await lockForEdit(manager, TrainingProgramEntity, programId, input.expectedVersion, 'training program');
    refuseCancelledProgram(program);
    const startsOn = fields.startsOn ?? program.startsOn;
    const endsOn = fields.endsOn ?? program.endsOn;
    if (endsOn < startsOn) throw badUserInput(`endsOn (${endsOn}) must not be before startsOn (${startsOn})`, { argument: 'input.endsOn' });
    await requireSessionsWithin(manager, programId, startsOn, endsOn);
    if (fields.capacity) await requireRoomFor(manager, programId, fields.capacity);
    await programs.update({ id: programId }, fields);
    const updated = await programs.findOneByOrFail({ id: programId });
    await ctx.audit.record(manager, 'updateTrainingProgram', 'TrainingProgram', [programId], {
      changes: changedFields(program, updated, EDITABLE_FIELDS),
    });
    return updated;
  });
}

function givenFields(input: UpdateTrainingProgramInput): ProgramFields {
  const fields: ProgramFields = {};
  if (input.title !== undefined && input.title !== null) fields.title = input.title.trim();
  if (input.startsOn) fields.startsOn = input.startsOn;
  if (input.endsOn) fields.endsOn = input.endsOn;
  if (input.audience) fields.audience = input.audience;
  if (input.place !== undefined) fields.place = optionalText(input.place);
  if (input.capacity !== undefined) fields.capacity = input.capacity;
  return fields;
}

/** Sessions still on the agenda (not cancelled) must fall on the program's days, China Standard Time. */
async function requireSessionsWithin(manager: EntityManager, programId: number, startsOn: string, endsOn: string): Promise<void> {
  const [{ outside }]: { outside: number }[] = await manager.query(
    `SELECT count(*)::int AS outside FROM training.training_session
     WHERE program_id = $1 AND cancelled_at IS NULL
       AND ((starts_at AT TIME ZONE 'Asia/Shanghai')::date < $2::date OR (ends_at AT TIME ZONE 'Asia/Shanghai')::date > $3::date)`,
    [programId, startsOn, endsOn],
  );
  if (outside > 0) {
    throw badUserInput(`${outside} sessions of the agenda fall outside ${startsOn} to ${endsOn}: move or cancel them first`, {
      argument: 'input.startsOn',
    });
  }
}

async function requireRoomFor(manager: EntityManager, programId: number, capacity: number): Promise<void> {
  const [{ enrolled }]: { enrolled: number }[] = await manager.query(
    `SELECT count(*)::int AS enrolled FROM training.enrollment WHERE program_id = $1`,
    [programId],
  );
  if (enrolled > capacity) {
    throw badUserInput(`capacity ${capacity} is below the ${enrolled} people already enrolled`, { argument: 'input.capacity' });
  }
}
