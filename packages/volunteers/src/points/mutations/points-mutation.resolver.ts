import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { PointsEntry } from '../points-entry.type';
import { PointsRate } from '../points-rate.type';
import { awardPoints } from './award-points';
import { AwardPointsInput, SetPointsRateInput } from './points.inputs';
import { setPointsRate } from './set-points-rate';

@Resolver(() => PointsEntry)
export class PointsMutationResolver {
  @Mutation(() => PointsRate, {
    description:
      'Sets the points an hour of approved service earns for volunteers registered at a unit and below it, from now on (设定积分标准). Needs points:award on the unit: ADMIN; ORG_ADMIN inside its subtree.',
  })
  setPointsRate(@Arg('input', () => SetPointsRateInput, INPUT_ARG) input: SetPointsRateInput, @Ctx() ctx: VolunteersContext) {
    return setPointsRate(ctx, input);
  }

  @Mutation(() => PointsEntry, {
    description:
      'Awards a volunteer bonus points with a reason (奖励积分). Needs points:award on the awarding unit (ADMIN; ORG_ADMIN inside its subtree), which must be the volunteer’s home unit or above it.',
  })
  awardPoints(@Arg('input', () => AwardPointsInput, INPUT_ARG) input: AwardPointsInput, @Ctx() ctx: VolunteersContext) {
    return awardPoints(ctx, input);
  }
}
