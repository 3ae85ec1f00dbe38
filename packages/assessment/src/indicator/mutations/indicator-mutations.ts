import { conflict, notFound } from '@civic/runtime';
import { changedFields, lockForEdit, parseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../../loaders';
import { lockOpenScheme, schemeForEdit } from '../../scheme/mutations/scheme-for-edit';
import { SchemeState } from '../../scheme/scheme-state.enum';
import { SchemeEntity } from '../../scheme/scheme.entity';
import { optionalText } from '../../shared/text';
import { IndicatorEntity } from '../indicator.entity';
import type { AddAssessmentIndicatorInput } from './add-indicator.input';
import { checkedTarget, checkedWeight } from './indicator-values';
import type { RemoveAssessmentIndicatorInput } from './remove-indicator.input';
import type { UpdateAssessmentIndicatorInput } from './update-indicator.input';

const PERMISSION = 'assessment:write';

/** Adds an indicator of a kind the scheme does not have yet, to a scheme not CLOSED (assessment:write on its owner). */
export async function addIndicator(ctx: AssessmentContext, input: AddAssessmentIndicatorInput): Promise<IndicatorEntity> {
  const scheme = await schemeForEdit(ctx, input.schemeId, PERMISSION);
  const target = checkedTarget(input.kind, input.target);
  const weight = checkedWeight(input.weight);
  return ctx.db.transaction(async (manager) => {
    await lockOpenScheme(manager, scheme.id);
    const indicators = manager.getRepository(IndicatorEntity);
    if (await indicators.existsBy({ schemeId: scheme.id, kind: input.kind })) {
      throw conflict(`assessment scheme ${scheme.id} already has a ${input.kind} indicator: change its target or weight instead`);
    }
    const now = new Date();
    const saved = await indicators.save(
      indicators.create({
        schemeId: scheme.id,
        kind: input.kind,
        target,
        weight,
        description: optionalText(input.description),
        createdBy: ctx.access.identity.subject,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await ctx.audit.record(manager, 'addAssessmentIndicator', 'AssessmentIndicator', [saved.id]);
    return saved;
  });
}

/** Changes an indicator's target, weight or description, as read; the next ranking uses them. */
export async function updateIndicator(ctx: AssessmentContext, input: UpdateAssessmentIndicatorInput): Promise<IndicatorEntity> {
  const existing = await indicatorForEdit(ctx, input.id);
  const target = input.target != null ? checkedTarget(existing.kind, input.target) : null;
  const weight = input.weight != null ? checkedWeight(input.weight) : null;
  return ctx.db.transaction(async (manager) => {
    await lockOpenScheme(manager, existing.schemeId);
    const before = await lockForEdit(manager, IndicatorEntity, existing.id, input.expectedVersion, 'assessment indicator');
    const after: IndicatorEntity = {
      ...before,
      target: target ?? before.target,
      weight: weight ?? before.weight,
      description: input.description !== undefined ? optionalText(input.description) : before.description,
    };
    const changes = changedFields(before, after, ['target', 'weight', 'description']);
    if (Object.keys(changes).length === 0) return before;
    const saved = await manager.getRepository(IndicatorEntity).save({ ...after, updatedAt: new Date() });
    await ctx.audit.record(manager, 'updateAssessmentIndicator', 'AssessmentIndicator', [saved.id], { changes });
    return saved;
  });
}

/** Takes an indicator out of a scheme not CLOSED; a published scheme keeps at least one. Answers the scheme. */
export async function removeIndicator(ctx: AssessmentContext, input: RemoveAssessmentIndicatorInput): Promise<SchemeEntity> {
  const existing = await indicatorForEdit(ctx, input.id);
  return ctx.db.transaction(async (manager) => {
    const scheme = await lockOpenScheme(manager, existing.schemeId);
    const indicator = await lockForEdit(manager, IndicatorEntity, existing.id, input.expectedVersion, 'assessment indicator');
    const indicators = manager.getRepository(IndicatorEntity);
    if (scheme.state === SchemeState.PUBLISHED && (await indicators.countBy({ schemeId: scheme.id })) === 1) {
      throw conflict(`assessment scheme ${scheme.id} is PUBLISHED and keeps at least one indicator`, { state: scheme.state });
    }
    await indicators.delete({ id: indicator.id });
    await ctx.audit.record(manager, 'removeAssessmentIndicator', 'AssessmentIndicator', [indicator.id], {
      changes: {
        kind: { from: indicator.kind, to: null },
        target: { from: indicator.target, to: null },
        weight: { from: indicator.weight, to: null },
      },
    });
    return scheme;
  });
}

/** The indicator, once the caller may write on its scheme's owner unit. */
async function indicatorForEdit(ctx: AssessmentContext, id: string): Promise<IndicatorEntity> {
  ctx.access.requirePermission(PERMISSION);
  const indicatorId = parseId(id, 'assessment indicator');
  const indicator = await ctx.loaders.indicatorById.load(String(indicatorId));
  if (!indicator) throw notFound('assessment indicator', indicatorId);
  await schemeForEdit(ctx, indicator.schemeId, PERMISSION);
  return indicator;
}
