import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { CustomsReformMeasure } from '../customs-reform-measure.type';
import { RecordCustomsReformMeasureInput } from './record-customs-reform-measure.input';
import { recordCustomsReformMeasure } from './record-customs-reform-measure';

@Resolver(() => CustomsReformMeasure)
export class CustomsReformMutationResolver {
  @Mutation(() => CustomsReformMeasure, {
    description:
      'Records that a village or community adopted a customs-reform measure (登记移风易俗举措). ADMIN anywhere; ORG_ADMIN and PROPAGANDA inside their subtree. CONFLICT when the station already has it.',
  })
  recordCustomsReformMeasure(
    @Arg('input', () => RecordCustomsReformMeasureInput, { description: 'The measure (举措).' }) input: RecordCustomsReformMeasureInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return recordCustomsReformMeasure(ctx, input);
  }
}
