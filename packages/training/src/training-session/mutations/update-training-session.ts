import { badUserInput } from '@civic/runtime';
import { chinaDate, changedFields, lockForEdit, parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { optionalText } from '../../shared/optional-text';
import { requireUnit } from '../../shared/require-unit';
import { refuseCancelledProgram } from '../../training-program/refuse-cancelled';
import { refuseCancelledSession } from '../refuse-cancelled-session';
import { sessionForWrite } from '../session-for-write';
import { TrainingSessionKind } from '../training-session-kind.enum';
import { TrainingSessionEntity } from '../training-session.entity';
import type { UpdateTrainingSessionInput } from './update-training-session.input';

const EDITABLE_FIELDS = ['kind', 'title', 'startsAt', 'endsAt', 'speaker', 'speakerPosition', 'visitedUnitId', 'method'] as const;

type SessionFields = Partial<Pick<TrainingSessionEntity, (typeof EDITABLE_FIELDS)[number]>>;

/**
 * Corrects a session of an agenda on the version its editor read, by the organiser's staff: the
 * same rules as adding one (inside the program's days, China Standard Time; a site visit and only
 * a site visit names the unit visited). Cancelled sessions and sessions of cancelled programs are history.
 */
export async function updateTrainingSession(
  ctx: SubgraphContext,
  id: string,
  input: UpdateTrainingSessionInput,
): Promise<TrainingSessionEntity> {
  const sessionId = parseId(id, 'training session');
  const fields = givenFields(input);
  const { program } = await sessionForWrite(ctx, sessionId);
  refuseCancelledProgram(program);
  if (fields.visitedUnitId) await requireUnit(ctx, fields.visitedUnitId);

  return ctx.db.transaction(async (manager) => {
    const sessions = manager.getRepository(TrainingSessionEntity);
    const session = await lockForEdit(manager, TrainingSessionEntity, sessionId, input.expectedVersion, 'training session');
    refuseCancelledSession(session);
    const next = { ...session, ...fields };
    if (next.kind === TrainingSessionKind.SITE_VISIT && next.visitedUnitId === null)
      throw badUserInput('visitedUnitId is required for a SITE_VISIT', { argument: 'input.visitedUnitId' });
    if (next.kind !== TrainingSessionKind.SITE_VISIT && next.visitedUnitId !== null)
      throw badUserInput(`visitedUnitId is only for a SITE_VISIT, not ${next.kind}: clear it with null`, {
        argument: 'input.visitedUnitId',
      });
    if (next.endsAt <= next.startsAt) throw badUserInput('endsAt must be after startsAt', { argument: 'input.endsAt' });
    const [startDay, endDay] = [chinaDate(next.startsAt), chinaDate(next.endsAt)];
    if (startDay < program.startsOn || endDay > program.endsOn) {
      throw badUserInput(
        `startsAt and endsAt must fall within the program's dates ${program.startsOn} to ${program.endsOn} (China Standard Time); got ${startDay} to ${endDay}`,
        { argument: 'input.startsAt' },
      );
    }
    await sessions.update({ id: sessionId }, fields);
    const updated = await sessions.findOneByOrFail({ id: sessionId });
    await ctx.audit.record(manager, 'updateTrainingSession', 'TrainingSession', [sessionId], {
      changes: changedFields(session, updated, EDITABLE_FIELDS),
    });
    return updated;
  });
}

function givenFields(input: UpdateTrainingSessionInput): SessionFields {
  const fields: SessionFields = {};
  if (input.kind) fields.kind = input.kind;
  if (input.title !== undefined && input.title !== null) fields.title = input.title.trim();
  if (input.startsAt) fields.startsAt = input.startsAt;
  if (input.endsAt) fields.endsAt = input.endsAt;
  if (input.speaker !== undefined) fields.speaker = optionalText(input.speaker);
  if (input.speakerPosition !== undefined) fields.speakerPosition = optionalText(input.speakerPosition);
  if (input.visitedUnitId !== undefined) fields.visitedUnitId = input.visitedUnitId ? parseId(input.visitedUnitId, 'org unit') : null;
  if (input.method !== undefined) fields.method = optionalText(input.method);
  return fields;
}
