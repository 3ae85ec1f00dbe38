import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { RecognitionSubject } from '../recognition-subject.enum';

@InputType('RecordRecognitionInput', { description: "A recognition of a scheme's period (评优表彰)." })
export class RecordRecognitionInput {
  @Field(() => ID, { description: 'The scheme, PUBLISHED or CLOSED (考核方案).' })
  schemeId: string;

  @Field(() => RecognitionSubject, { description: 'Who is recognised: a unit, a team or a volunteer (评优对象).' })
  subjectKind: RecognitionSubject;

  @Field(() => ID, {
    description:
      "The unit (one the scheme ranks), the volunteer team (based in the owner's subtree) or the volunteer (registered there) (对象编号).",
  })
  subjectId: string;

  @Field({ description: 'The title given, 1–100 characters, e.g. 优秀新时代文明实践所 (荣誉称号).' })
  @TrimmedLength(1, 100)
  title: string;

  @Field({ description: 'Why, 1–1000 characters (推荐理由).' })
  @TrimmedLength(1, 1000)
  reason: string;

  @Field(() => DateScalar, { description: "Day given: not in the future, not before the scheme's period began (表彰日期)." })
  @NotInFuture()
  recognizedOn: string;
}
