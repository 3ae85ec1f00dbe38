import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';
import { WorkKind } from '../work-kind.enum';

@InputType('RecordWorkInput', { description: 'A work or material produced under a unit (登记作品与教材).' })
export class RecordWorkInput {
  @Field(() => WorkKind, { description: 'What kind of work it is (作品类别).' })
  kind: WorkKind;

  @Field({ description: 'Title, 1–200 characters, e.g. 《照金这片天》 (作品名称).' })
  @TrimmedLength(1, 200)
  title: string;

  @Field(() => ID, { description: "The org unit that produced or organised it; inside the caller's subtree (出品单位)." })
  unitId: string;

  @Field(() => Int, { nullable: true, description: 'Year it was produced, 1949–2100 (创作年份).' })
  @ValidateIfGiven()
  @NumberRange(1949, 2100)
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'What it is and who made it, up to 2000 characters (作品简介).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;
}
