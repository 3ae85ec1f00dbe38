import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotBefore, TrimmedLength } from '@civic/subgraph-kit';
import { RankedLevel } from '../ranked-level.enum';

@InputType('CreateAssessmentSchemeInput', { description: 'A new assessment scheme, as a draft (新建考核方案).' })
export class CreateAssessmentSchemeInput {
  @Field(() => ID, {
    description: "The unit that owns it and whose subtree it ranks, e.g. the county center; inside the caller's subtree (方案所属单位).",
  })
  ownerUnitId: string;

  @Field({ description: 'Name, 1–200 characters (方案名称).' })
  @TrimmedLength(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for and how it is run, up to 2000 characters (方案说明).' })
  @IsOptionalText()
  @TrimmedLength(0, 2000)
  description?: string | null;

  @Field(() => DateScalar, { description: 'First day of the assessed period (考核起始日期).' })
  from: string;

  @Field(() => DateScalar, {
    description: 'Last day of the assessed period, not before from; the period spans at most 5 years (考核截止日期).',
  })
  @NotBefore('from')
  to: string;

  @Field(() => RankedLevel, { description: "The tier it ranks, below the owner's: INSTITUTE or STATION (考核对象层级)." })
  rankedLevel: RankedLevel;
}
