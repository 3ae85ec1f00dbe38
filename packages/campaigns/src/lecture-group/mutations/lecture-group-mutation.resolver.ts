import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { LectureGroup } from '../lecture-group.type';
import { CreateLectureGroupInput } from './create-lecture-group.input';
import { createLectureGroup } from './create-lecture-group';

@Resolver(() => LectureGroup)
export class LectureGroupMutationResolver {
  @Mutation(() => LectureGroup, {
    description: 'Creates a lecture group (新建宣讲小组). ADMIN anywhere; ORG_ADMIN and PROPAGANDA at units inside their subtree.',
  })
  createLectureGroup(
    @Arg('input', () => CreateLectureGroupInput, { description: 'The group (宣讲小组).' }) input: CreateLectureGroupInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return createLectureGroup(ctx, input);
  }
}
