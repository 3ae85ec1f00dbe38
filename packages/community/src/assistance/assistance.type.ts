import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { AssistanceKind } from './assistance-kind.enum';

@ObjectType('Assistance', {
  description: 'Help given to a household in difficulty (帮扶): a visit of sympathy, goods, help to a doctor or a job …',
})
export class Assistance {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => AssistanceKind, { description: 'Kind of help (帮扶类别).' })
  kind: AssistanceKind;

  @Field(() => DateScalar, { description: 'Day it was given (帮扶日期).' })
  givenOn: string;

  @Field({ description: 'What was given or done (帮扶内容).' })
  description: string;

  @Field({ description: 'Who gave it: a team, office or the station (帮扶责任人/单位).' })
  givenBy: string;

  @Field({ description: 'When it was recorded (录入时间).' })
  createdAt: Date;
}
