import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength, ValidateIfGiven, VersionedInput } from '@civic/subgraph-kit';

const TOPICS_RULE = 'topics must be at most 20, each up to 100 characters';

@InputType('UpdateLectureGroupInput', {
  description: 'Changes to a lecture group: its name, and its topics as a whole; omitted fields stay as they are (修改宣讲小组).',
})
export class UpdateLectureGroupInput extends VersionedInput {
  @Field(() => ID, { description: 'The group (小组编号).' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Name, 1–200 characters (小组名称).' })
  @ValidateIfGiven()
  @TrimmedLength(1, 200)
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'All its topics, replacing the current ones: at most 20, each up to 100 characters; [] clears them (宣讲主题).',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: TOPICS_RULE })
  @TrimmedLength(0, 100, { each: true, message: TOPICS_RULE })
  topics?: string[] | null;
}
