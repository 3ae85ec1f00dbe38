import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { CampaignsContext } from '../../loaders';
import { LectureGroup } from '../lecture-group.type';
import { CreateLectureGroupInput } from './create-lecture-group.input';
import { createLectureGroup } from './create-lecture-group';
import { addLectureGroupMembers, removeLectureGroupMembers, updateLectureGroup } from './lecture-group-edits';
import { LectureGroupMembersInput } from './lecture-group-members.input';
import { UpdateLectureGroupInput } from './update-lecture-group.input';

const WHO = 'ADMIN anywhere; ORG_ADMIN and PROPAGANDA at units inside their subtree.';
const STALE = 'CONFLICT (nothing changed) when expectedVersion is not the current version.';

@Resolver(() => LectureGroup)
export class LectureGroupMutationResolver {
  @Mutation(() => LectureGroup, { description: `Creates a lecture group (新建宣讲小组). ${WHO}` })
  createLectureGroup(
    @Arg('input', () => CreateLectureGroupInput, { description: 'The group (宣讲小组).' }) input: CreateLectureGroupInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return createLectureGroup(ctx, input);
  }

  @Mutation(() => LectureGroup, { description: `Renames a lecture group or sets its topics (修改宣讲小组). ${WHO} ${STALE}` })
  updateLectureGroup(
    @Arg('input', () => UpdateLectureGroupInput, { description: 'The changes (修改内容).' }) input: UpdateLectureGroupInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return updateLectureGroup(ctx, input);
  }

  @Mutation(() => LectureGroup, {
    description: `Adds volunteers to a lecture group; those already in stay once (添加小组成员). ${WHO} ${STALE}`,
  })
  addLectureGroupMembers(
    @Arg('input', () => LectureGroupMembersInput, { description: 'The group and volunteers (小组及成员).' })
    input: LectureGroupMembersInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return addLectureGroupMembers(ctx, input);
  }

  @Mutation(() => LectureGroup, {
    description: `Removes volunteers from a lecture group; ids not in it are ignored (移除小组成员). ${WHO} ${STALE}`,
  })
  removeLectureGroupMembers(
    @Arg('input', () => LectureGroupMembersInput, { description: 'The group and volunteers (小组及成员).' })
    input: LectureGroupMembersInput,
    @Ctx() ctx: CampaignsContext,
  ) {
    return removeLectureGroupMembers(ctx, input);
  }
}
