import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ResidentSatisfaction', {
  description: "Residents' satisfaction (群众满意度): the average of the ratings given on visits and on settling disputes, 1–5.",
})
export class ResidentSatisfaction {
  @Field(() => Float, { nullable: true, description: 'Average rating, two decimals; null when nobody rated (平均评分).' })
  average: number | null;

  @Field(() => Int, { description: 'How many ratings the average is of (评价数).' })
  ratingCount: number;
}

@ObjectType('GridWork', {
  description:
    'Grid work (网格工作) of a unit and every unit below it in a period: visits, households, assistance, disputes and satisfaction. Disputes count by the day they were found and stand where they stand now.',
})
export class GridWork {
  @Field(() => Int, { description: 'Door-to-door visits made (走访次数).' })
  visitCount: number;

  @Field(() => Int, { description: 'Distinct households visited (走访户数).' })
  householdsVisited: number;

  @Field(() => Int, { description: 'Households in some difficulty on the register by the end of the period (困难家庭户数).' })
  householdsInDifficulty: number;

  @Field(() => Int, { description: 'Assistance given (帮扶次数).' })
  assistanceCount: number;

  @Field(() => Int, { description: 'Distinct households helped (帮扶户数).' })
  householdsAssisted: number;

  @Field(() => Int, { description: 'Disputes found (排查矛盾纠纷).' })
  disputesFound: number;

  @Field(() => Int, { description: 'Of those, still waiting to be taken up (待处理).' })
  disputesWaiting: number;

  @Field(() => Int, { description: 'Of those, being mediated (调解中).' })
  disputesMediating: number;

  @Field(() => Int, { description: 'Of those, settled (已化解).' })
  disputesResolved: number;

  @Field(() => Int, { description: 'Of those, handed up to another unit (上报移交).' })
  disputesEscalated: number;

  @Field(() => Float, { nullable: true, description: 'Settled ÷ found, 0–1, four decimals; null when none were found (化解率).' })
  resolutionRate: number | null;

  @Field(() => ResidentSatisfaction, { description: 'Ratings of visits made and of disputes settled in the period (群众满意度).' })
  satisfaction: ResidentSatisfaction;
}
