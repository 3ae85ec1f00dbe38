import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('CustomsReformCoverage', {
  description:
    'How many villages and communities (stations) of a subtree have revised their village rules and set up a red-white council (移风易俗覆盖情况).',
})
export class CustomsReformCoverage {
  @Field(() => Int, { description: 'Open village and community stations in the subtree (村、社区实践站数).' })
  stationCount: number;

  @Field(() => Int, { description: 'Stations whose village rules were revised (已完善村规民约).' })
  villageRulesCount: number;

  @Field(() => Int, { description: 'Stations with a red-white council (已成立红白理事会).' })
  redWhiteCouncilCount: number;

  @Field(() => Int, { description: 'Stations with both (两项均已完成).' })
  bothCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'villageRulesCount / stationCount × 100, one decimal; null without stations (村规民约覆盖率 %).',
  })
  villageRulesPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'redWhiteCouncilCount / stationCount × 100, one decimal; null without stations (红白理事会覆盖率 %).',
  })
  redWhiteCouncilPercent: number | null;
}
