import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { INPUT_ARG } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../../loaders';
import { Mobilisation } from '../mobilisation.type';
import { callUpTeams, callUpVolunteers } from './call-up';
import { countServiceTowardMobilisation } from './count-service';
import { endMobilisation } from './end-mobilisation';
import {
  CallUpTeamsInput,
  CallUpVolunteersInput,
  CountServiceTowardMobilisationInput,
  StartMobilisationInput,
} from './mobilisation.inputs';
import { startMobilisation } from './start-mobilisation';

@Resolver(() => Mobilisation)
export class MobilisationMutationResolver {
  @Mutation(() => Mobilisation, {
    description:
      'Starts a special-period mobilisation over an area (发起应急动员). ADMIN; ORG_ADMIN inside its subtree (calling unit and every area unit).',
  })
  startMobilisation(@Arg('input', () => StartMobilisationInput, INPUT_ARG) input: StartMobilisationInput, @Ctx() ctx: VolunteersContext) {
    return startMobilisation(ctx, input);
  }

  @Mutation(() => Mobilisation, {
    description:
      'Calls up teams, e.g. the township "红马甲" teams (调集服务队). Needs mobilisation:write on the calling unit; CONFLICT once ended.',
  })
  callUpTeams(@Arg('input', () => CallUpTeamsInput, INPUT_ARG) input: CallUpTeamsInput, @Ctx() ctx: VolunteersContext) {
    return callUpTeams(ctx, input);
  }

  @Mutation(() => Mobilisation, {
    description: 'Calls up volunteers by name (点名调集志愿者). Needs mobilisation:write on the calling unit; CONFLICT once ended.',
  })
  callUpVolunteers(@Arg('input', () => CallUpVolunteersInput, INPUT_ARG) input: CallUpVolunteersInput, @Ctx() ctx: VolunteersContext) {
    return callUpVolunteers(ctx, input);
  }

  @Mutation(() => Mobilisation, {
    description:
      'Counts existing service records toward a mobilisation, so its hours show there (计入动员服务时长). Needs mobilisation:write on the calling unit.',
  })
  countServiceTowardMobilisation(
    @Arg('input', () => CountServiceTowardMobilisationInput, INPUT_ARG) input: CountServiceTowardMobilisationInput,
    @Ctx() ctx: VolunteersContext,
  ) {
    return countServiceTowardMobilisation(ctx, input);
  }

  @Mutation(() => Mobilisation, {
    description: 'Ends a mobilisation (结束应急动员). Needs mobilisation:write on the calling unit; ending it twice is a CONFLICT.',
  })
  endMobilisation(
    @Arg('id', () => ID, { description: 'The mobilisation (应急动员).' }) id: string,
    @Arg('endsOn', () => DateScalar, { nullable: true, description: 'Last day; default today (结束日期).' }) endsOn: string | null,
    @Ctx() ctx: VolunteersContext,
  ) {
    return endMobilisation(ctx, id, endsOn);
  }
}
