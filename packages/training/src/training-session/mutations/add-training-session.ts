import { badUserInput } from '@civic/runtime';
import { parseId, type SubgraphContext, chinaDate } from '@civic/subgraph-kit';
import { programForWrite } from '../../training-program/program-for-write';
import { refuseCancelledProgram } from '../../training-program/refuse-cancelled';
import { TrainingSessionKind } from '../training-session-kind.enum';
import { TrainingSessionEntity } from '../training-session.entity';
import type { AddTrainingSessionInput } from './add-training-session.input';
import { optionalText } from '../../shared/optional-text';
import { requireUnit } from '../../shared/require-unit';

/**
 * Adds a session to a program's agenda: by the organiser's staff (`training:write`), inside the
 * program's days (China Standard Time); a site visit names an existing unit, anywhere in the tree.
 */
export async function addTrainingSession(ctx: SubgraphContext, input: AddTrainingSessionInput): Promise<TrainingSessionEntity> {
  const title = input.title.trim();
  const speaker = optionalText(input.speaker);
  const speakerPosition = optionalText(input.speakerPosition);
  const method = optionalText(input.method);
  const isSiteVisit = input.kind === TrainingSessionKind.SITE_VISIT;
  if (isSiteVisit && !input.visitedUnitId)
    throw badUserInput('visitedUnitId is required for a SITE_VISIT', { argument: 'input.visitedUnitId' });
  if (!isSiteVisit && input.visitedUnitId)
    throw badUserInput(`visitedUnitId is only for a SITE_VISIT, not ${input.kind}`, { argument: 'input.visitedUnitId' });
  const visitedUnitId = input.visitedUnitId ? parseId(input.visitedUnitId, 'org unit') : null;
  const programId = parseId(input.programId, 'training program');

  const program = await programForWrite(ctx, programId);
  refuseCancelledProgram(program);
  const [startDay, endDay] = [chinaDate(input.startsAt), chinaDate(input.endsAt)];
  if (startDay < program.startsOn || endDay > program.endsOn) {
    throw badUserInput(
      `startsAt and endsAt must fall within the program's dates ${program.startsOn} to ${program.endsOn} (China Standard Time); got ${startDay} to ${endDay}`,
    );
  }
  if (visitedUnitId !== null) await requireUnit(ctx, visitedUnitId);

  return ctx.db.transaction(async (manager) => {
    const sessions = manager.getRepository(TrainingSessionEntity);
    const session = await sessions.save(
      sessions.create({
        programId,
        kind: input.kind,
        title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        speaker,
        speakerPosition,
        visitedUnitId,
        method,
      }),
    );
    await ctx.audit.record(manager, 'addTrainingSession', 'TrainingSession', [session.id]);
    return session;
  });
}
