import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { VersionedInput } from '@civic/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType('LectureGroupMembersInput', { description: 'Volunteers to add to or remove from a lecture group, as read (小组成员变更).' })
export class LectureGroupMembersInput extends VersionedInput {
  @Field(() => ID, { description: 'The group (小组编号).' })
  groupId: string;

  @Field(() => [ID], { description: 'The volunteers, 1 to 200 ids of the volunteers subgraph (志愿者).' })
  @ArrayMinSize(1, { message: 'volunteerIds must name 1 to 200 volunteers' })
  @ArrayMaxSize(200, { message: 'volunteerIds must name 1 to 200 volunteers' })
  volunteerIds: string[];
}
