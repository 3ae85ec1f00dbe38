import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { CustomsReformMeasure } from '../customs-reform-measure.type';
import { RecordCustomsReformMeasureInput } from './record-customs-reform-measure.input';
import { recordCustomsReformMeasure } from './record-customs-reform-measure';
import { revokeCustomsReformMeasure, updateCustomsReformMeasure } from './customs-reform-measure-edits';
import { RevokeCustomsReformMeasureInput } from './revoke-customs-reform-measure.input';
import { UpdateCustomsReformMeasureInput } from './update-customs-reform-measure.input';

@Resolver(() => CustomsReformMeasure)
export class CustomsReformMutationResolver {
  @Mutation(() => CustomsReformMeasure, {
    description:
      'Records that a village or community adopted a customs-reform measure (登记移风易俗举措). ADMIN anywhere; ORG_ADMIN and PROPAGANDA inside their subtree. CONFLICT when the station already has it in force.',
  })
  recordCustomsReformMeasure(
    @Arg('input', () => RecordCustomsReformMeasureInput, { description: 'The measure (举措).' }) input: RecordCustomsReformMeasureInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return recordCustomsReformMeasure(ctx, input);
  }

  @Mutation(() => CustomsReformMeasure, {
    description:
      'Corrects the adoption day or note of a customs-reform measure (修改移风易俗举措). ADMIN anywhere; ORG_ADMIN and PROPAGANDA inside their subtree. CONFLICT (nothing changed) when expectedVersion is not the current version.',
  })
  updateCustomsReformMeasure(
    @Arg('input', () => UpdateCustomsReformMeasureInput, { description: 'The changes (修改内容).' }) input: UpdateCustomsReformMeasureInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateCustomsReformMeasure(ctx, input);
  }

  @Mutation(() => CustomsReformMeasure, {
    description:
      'Revokes a customs-reform measure from a day, with a reason (撤销移风易俗举措): from that day it no longer counts in customsReformCoverage; it stays for the record, and the station may record the measure again. ADMIN anywhere; ORG_ADMIN and PROPAGANDA inside their subtree. CONFLICT (nothing changed) on a stale expectedVersion or a measure already revoked.',
  })
  revokeCustomsReformMeasure(
    @Arg('input', () => RevokeCustomsReformMeasureInput, { description: 'The measure, day and reason (举措、日期及原因).' })
    input: RevokeCustomsReformMeasureInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return revokeCustomsReformMeasure(ctx, input);
  }
}
