import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { RankedLevel } from './ranked-level.enum';
import { SchemeState } from './scheme-state.enum';

@ObjectType('AssessmentScheme', {
  description:
    "An assessment scheme (考核方案) of an owner unit, e.g. a county center: a period, the tier of units it ranks, and indicators with targets and weights. Scores are computed on read from the platform's data, never stored: a changed weight shows in the next ranking, new data once the ranking's figures are refreshed (rankingAsOf).",
})
export class AssessmentScheme {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field({ description: 'Name, e.g. 会东县2021年度新时代文明实践工作考核 (方案名称).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the scheme is for and how it is run (方案说明).' })
  description: string | null;

  @Field(() => DateScalar, { name: 'from', description: 'First day of the assessed period, China time (考核起始日期).' })
  periodFrom: string;

  @Field(() => DateScalar, { name: 'to', description: 'Last day of the assessed period, included (考核截止日期).' })
  periodTo: string;

  @Field(() => RankedLevel, { description: 'The tier of units it scores and ranks (考核对象层级).' })
  rankedLevel: RankedLevel;

  @Field(() => SchemeState, { description: 'Where it stands: DRAFT, PUBLISHED or CLOSED (方案状态).' })
  state: SchemeState;

  @Field(() => Date, { nullable: true, description: 'When it was published; null while a draft (发布时间).' })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed; null while open (结束时间).' })
  closedAt: Date | null;

  @Field(() => Int, { description: VERSION_DESCRIPTION })
  version: number;

  @Field({ description: 'When it was created (创建时间).' })
  createdAt: Date;

  @Field({ description: 'When it was last changed (更新时间).' })
  updatedAt: Date;
}
