import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { AssistanceKind } from '../assistance-kind.enum';

@InputType('RecordAssistanceInput', { description: 'Help given to a registered household (帮扶记录).' })
export class RecordAssistanceInput {
  @Field(() => ID, { description: 'The household helped (帮扶对象).' })
  householdId: string;

  @Field(() => AssistanceKind, { description: 'Kind of help (帮扶类别).' })
  kind: AssistanceKind;

  @Field(() => DateScalar, { description: 'Day it was given, not in the future nor before the visit it follows up (帮扶日期).' })
  @NotInFuture()
  givenOn: string;

  @Field({ description: 'What was given or done, 1–500 characters (帮扶内容).' })
  @TrimmedLength(1, 500)
  description: string;

  @Field({ description: 'Who gave it: a team, office or the station, 1–100 characters (帮扶责任人/单位).' })
  @TrimmedLength(1, 100)
  givenBy: string;

  @Field(() => ID, { nullable: true, description: 'The visit to the same household it follows up (来源走访).' })
  visitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The service order it was delivered through (关联点单), an id of the volunteers subgraph.',
  })
  serviceRequestId?: string | null;
}
