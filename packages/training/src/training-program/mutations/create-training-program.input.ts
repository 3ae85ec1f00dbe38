import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/kernel';

@InputType('CreateTrainingProgramInput', { description: 'A new training program (新建培训项目).' })
export class CreateTrainingProgramInput {
  @Field({ description: 'Title (培训名称), 1–200 characters.' })
  title: string;

  @Field(() => ID, { description: 'The organising unit (主办单位); inside the caller\'s subtree.' })
  organizerId: string;

  @Field(() => DateScalar, { description: 'First day, YYYY-MM-DD (开始日期).' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day, YYYY-MM-DD, not before startsOn (结束日期).' })
  endsOn: string;
}
