import { badUserInput, conflict, notFound } from '@civic/runtime';
import { pathWithin, UNIT_TREE } from '@civic/org-tree';
import { parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { schemeForEdit } from '../../scheme/mutations/scheme-for-edit';
import type { SchemeEntity } from '../../scheme/scheme.entity';
import { SchemeState } from '../../scheme/scheme-state.enum';
import { RecognitionSubject } from '../recognition-subject.enum';
import { RecognitionEntity } from '../recognition.entity';
import type { RecordRecognitionInput } from './record-recognition.input';
import { homeUnitOf } from './subject-home.sql';

const ARGUMENT = 'input.subjectId';
const UNIQUE_VIOLATION = '23505';

/**
 * Records a recognition of a PUBLISHED or CLOSED scheme (recognition:write on its owner unit). A
 * unit must be one the scheme ranks, and its rank and total as its ranking shows them are kept with it; a team
 * or volunteer must belong inside the owner's subtree. The same title for the same subject twice is a CONFLICT.
 */
export async function recordRecognition(ctx: AssessmentContext, input: RecordRecognitionInput): Promise<RecognitionEntity> {
  const scheme = await schemeForEdit(ctx, input.schemeId, 'recognition:write');
  const subjectId = parseId(input.subjectId, input.subjectKind === RecognitionSubject.UNIT ? 'org unit' : input.subjectKind.toLowerCase());
  if (scheme.state === SchemeState.DRAFT)
    throw conflict(`assessment scheme ${scheme.id} is a DRAFT: publish it first`, { state: scheme.state });
  if (input.recognizedOn < scheme.periodFrom) {
    throw badUserInput(`recognizedOn must not be before the scheme's period (${scheme.periodFrom})`, { argument: 'input.recognizedOn' });
  }
  const snapshot = await rankSnapshot(ctx, scheme, input.subjectKind, subjectId);
  return ctx.db.transaction(async (manager) => {
    const recognitions = manager.getRepository(RecognitionEntity);
    const duplicate = { schemeId: scheme.id, subjectKind: input.subjectKind, subjectId, title: input.title.trim() };
    if (await recognitions.existsBy(duplicate)) {
      throw conflict(`this ${input.subjectKind.toLowerCase()} already holds "${duplicate.title}" in scheme ${scheme.id}`);
    }
    const saved = await recognitions
      .save(
        recognitions.create({
          ...duplicate,
          reason: input.reason.trim(),
          rankAtTime: snapshot?.rank ?? null,
          scoreAtTime: snapshot?.totalScore ?? null,
          recognizedOn: input.recognizedOn,
          createdBy: ctx.access.identity.subject,
          createdAt: new Date(),
        }),
      )
      .catch((err: { code?: string }) => {
        if (err.code === UNIQUE_VIOLATION) throw conflict(`the same recognition was recorded meanwhile in scheme ${scheme.id}`);
        throw err;
      });
    await ctx.audit.record(manager, 'recordRecognition', 'Recognition', [saved.id]);
    return saved;
  });
}

/** For a unit, its place in the scheme's ranking now (BAD_USER_INPUT when not ranked); for a team or volunteer, a check of where it belongs. */
async function rankSnapshot(
  ctx: AssessmentContext,
  scheme: SchemeEntity,
  kind: RecognitionSubject,
  subjectId: number,
): Promise<{ rank: number; totalScore: number } | null> {
  if (kind === RecognitionSubject.UNIT) {
    const ranked = (await ctx.loaders.ranking.load(scheme)).find((row) => row.unitId === subjectId);
    if (!ranked)
      throw badUserInput(`org unit ${subjectId} is not ranked in scheme ${scheme.id}: choose a unit from its ranking`, {
        argument: ARGUMENT,
      });
    return { rank: ranked.rank, totalScore: ranked.totalScore };
  }
  const home = await homeUnitOf(ctx.db, kind, subjectId);
  if (home === undefined) throw notFound(kind === RecognitionSubject.TEAM ? 'volunteer team' : 'volunteer', subjectId);
  const [inside] =
    home === null
      ? []
      : await ctx.db.query(
          `SELECT 1 FROM ${UNIT_TREE} owner JOIN ${UNIT_TREE} u ON ${pathWithin('u.path', 'owner.path')} WHERE owner.id = $1 AND u.id = $2`,
          [scheme.ownerUnitId, home],
        );
  if (!inside) {
    throw badUserInput(`${kind.toLowerCase()} ${subjectId} does not belong inside the subtree of the scheme's owner unit`, {
      argument: ARGUMENT,
    });
  }
  return null;
}
