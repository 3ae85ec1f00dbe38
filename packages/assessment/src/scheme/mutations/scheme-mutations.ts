import { conflict } from '@civic/runtime';
import { changedFields, parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { IndicatorEntity } from '../../indicator/indicator.entity';
import { optionalText } from '../../shared/text';
import { SchemeEntity } from '../scheme.entity';
import { SchemeState } from '../scheme-state.enum';
import type { CreateAssessmentSchemeInput } from './create-scheme.input';
import { checkOwnerAboveLevel, checkSchemePeriod } from './scheme-period';
import { lockOpenScheme, schemeForEdit } from './scheme-for-edit';
import type { AssessmentSchemeStateInput } from './scheme-state.input';
import type { UpdateAssessmentSchemeInput } from './update-scheme.input';

const PERMISSION = 'assessment:write';

/** Creates a draft scheme owned by a unit inside the caller's subtree (assessment:write). */
export async function createScheme(ctx: AssessmentContext, input: CreateAssessmentSchemeInput): Promise<SchemeEntity> {
  const ownerUnitId = parseId(input.ownerUnitId, 'org unit');
  await ctx.access.requireWrite(PERMISSION, ownerUnitId);
  checkSchemePeriod(input.from, input.to);
  await checkOwnerAboveLevel(ctx.db, ownerUnitId, input.rankedLevel);
  return ctx.db.transaction(async (manager) => {
    const schemes = manager.getRepository(SchemeEntity);
    const now = new Date();
    const saved = await schemes.save(
      schemes.create({
        ownerUnitId,
        name: input.name.trim(),
        description: optionalText(input.description),
        periodFrom: input.from,
        periodTo: input.to,
        rankedLevel: input.rankedLevel,
        state: SchemeState.DRAFT,
        publishedAt: null,
        closedAt: null,
        createdBy: ctx.access.identity.subject,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await ctx.audit.record(manager, 'createAssessmentScheme', 'AssessmentScheme', [saved.id]);
    return saved;
  });
}

/** Changes a scheme as read: its name and description while not CLOSED, its period and tier while a DRAFT. */
export async function updateScheme(ctx: AssessmentContext, input: UpdateAssessmentSchemeInput): Promise<SchemeEntity> {
  const { id } = await schemeForEdit(ctx, input.id, PERMISSION);
  return ctx.db.transaction(async (manager) => {
    const before = await lockOpenScheme(manager, id, input.expectedVersion);
    const after: SchemeEntity = {
      ...before,
      name: input.name !== undefined ? input.name.trim() : before.name,
      description: input.description !== undefined ? optionalText(input.description) : before.description,
      periodFrom: input.from ?? before.periodFrom,
      periodTo: input.to ?? before.periodTo,
      rankedLevel: input.rankedLevel ?? before.rankedLevel,
    };
    const changes = changedFields(before, after, ['name', 'description', 'periodFrom', 'periodTo', 'rankedLevel']);
    if (Object.keys(changes).length === 0) return before;
    const reshaped = ['periodFrom', 'periodTo', 'rankedLevel'].some((field) => field in changes);
    if (reshaped && before.state !== SchemeState.DRAFT) {
      throw conflict(`assessment scheme ${id} is ${before.state}: its period and ranked tier changed only while a DRAFT`, {
        state: before.state,
      });
    }
    checkSchemePeriod(after.periodFrom, after.periodTo);
    if ('rankedLevel' in changes) await checkOwnerAboveLevel(manager, before.ownerUnitId, after.rankedLevel);
    const saved = await manager.getRepository(SchemeEntity).save({ ...after, updatedAt: new Date() });
    await ctx.audit.record(manager, 'updateAssessmentScheme', 'AssessmentScheme', [id], { changes });
    return saved;
  });
}

/** DRAFT → PUBLISHED, once it has an indicator: the units may now see how they stand. */
export async function publishScheme(ctx: AssessmentContext, input: AssessmentSchemeStateInput): Promise<SchemeEntity> {
  const { id } = await schemeForEdit(ctx, input.id, PERMISSION);
  return ctx.db.transaction(async (manager) => {
    const scheme = await lockOpenScheme(manager, id, input.expectedVersion);
    if (scheme.state !== SchemeState.DRAFT) throw conflict(`assessment scheme ${id} is already ${scheme.state}`, { state: scheme.state });
    if ((await manager.getRepository(IndicatorEntity).countBy({ schemeId: id })) === 0) {
      throw conflict(`assessment scheme ${id} has no indicators: add one before publishing it`, { state: scheme.state });
    }
    const saved = await manager
      .getRepository(SchemeEntity)
      .save({ ...scheme, state: SchemeState.PUBLISHED, publishedAt: new Date(), updatedAt: new Date() });
    await ctx.audit.record(manager, 'publishAssessmentScheme', 'AssessmentScheme', [id], {
      changes: { state: { from: scheme.state, to: saved.state } },
    });
    return saved;
  });
}

/** PUBLISHED → CLOSED: the results are final, and nothing of the scheme changes any more. */
export async function closeScheme(ctx: AssessmentContext, input: AssessmentSchemeStateInput): Promise<SchemeEntity> {
  const { id } = await schemeForEdit(ctx, input.id, PERMISSION);
  return ctx.db.transaction(async (manager) => {
    const scheme = await lockOpenScheme(manager, id, input.expectedVersion);
    if (scheme.state !== SchemeState.PUBLISHED) {
      throw conflict(`assessment scheme ${id} is ${scheme.state}: only a PUBLISHED scheme closes`, { state: scheme.state });
    }
    const saved = await manager
      .getRepository(SchemeEntity)
      .save({ ...scheme, state: SchemeState.CLOSED, closedAt: new Date(), updatedAt: new Date() });
    await ctx.audit.record(manager, 'closeAssessmentScheme', 'AssessmentScheme', [id], {
      changes: { state: { from: scheme.state, to: saved.state } },
    });
    return saved;
  });
}
