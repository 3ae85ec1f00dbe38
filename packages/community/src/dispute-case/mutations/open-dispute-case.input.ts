import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { NotInFuture, TrimmedLength } from '@civic/subgraph-kit';
import { DisputeCategory } from '../dispute-category.enum';
import { DisputeSource } from '../dispute-source.enum';

@InputType('OpenDisputeCaseInput', { description: 'A dispute found on the grid, to register (纠纷登记).' })
export class OpenDisputeCaseInput {
  @Field(() => ID, { description: 'The unit whose grid it was found on (所在阵地).' })
  orgUnitId: string;

  @Field(() => DisputeCategory, { description: 'What it is about (纠纷类别).' })
  category: DisputeCategory;

  @Field(() => DisputeSource, { description: 'How it came to light; VISIT needs visitId (线索来源).' })
  source: DisputeSource;

  @Field(() => DateScalar, { description: 'Day it was found, not in the future nor before the visit it was found on (排查日期).' })
  @NotInFuture()
  foundOn: string;

  @Field({ description: 'What the dispute is, without names, 1–500 characters (纠纷概要).' })
  @TrimmedLength(1, 500)
  summary: string;

  @Field(() => [String], { description: "The parties' names, 1 to 10, each 1–50 characters (当事人); personal data." })
  @ArrayMinSize(1, { message: 'parties must name at least one party' })
  @ArrayMaxSize(10, { message: 'parties may name at most 10 parties' })
  @TrimmedLength(1, 50, { each: true })
  parties: string[];

  @Field(() => ID, { nullable: true, description: 'The visit it was found on, at the same unit; only for source VISIT (来源走访).' })
  visitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The registered household it concerns, at the same unit (涉及住户).' })
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: "The residents' order it came in as (群众点单), an id of the volunteers subgraph." })
  serviceRequestId?: string | null;
}
