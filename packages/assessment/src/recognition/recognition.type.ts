import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { RecognitionSubject } from './recognition-subject.enum';

@ObjectType('Recognition', {
  description:
    "A recognition of a scheme's period (评优): an outstanding unit, team or volunteer and the title given. A unit is chosen from the scheme's ranking, and its rank and score at the time are kept.",
})
export class Recognition {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => RecognitionSubject, { description: 'Who is recognised: a unit, a team or a volunteer (评优对象).' })
  subjectKind: RecognitionSubject;

  @Field({ description: 'The title given, e.g. 优秀新时代文明实践所, 优秀志愿服务队, 优秀志愿者 (荣誉称号).' })
  title: string;

  @Field({ description: 'Why, in brief (推荐理由).' })
  reason: string;

  @Field(() => Int, { nullable: true, description: "For a unit: its rank in the scheme's ranking when recognised (评优时排名)." })
  rankAtTime: number | null;

  @Field(() => Float, { nullable: true, description: 'For a unit: its total score when recognised (评优时得分).' })
  scoreAtTime: number | null;

  @Field(() => DateScalar, { description: 'Day the recognition was given (表彰日期).' })
  recognizedOn: string;

  @Field({ description: 'When it was recorded (录入时间).' })
  createdAt: Date;
}
