import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type';

@ObjectType('CoverageTier', {
  description: 'How far one tier reaches: divisions with an open unit of the matching level, and those without (覆盖层级).',
})
export class CoverageTier {
  @Field(() => Int, { description: 'Divisions of this tier in the region (区划总数).' })
  total: number;

  @Field(() => Int, { description: 'Divisions with an open unit of the matching level in the subtree (已覆盖).' })
  covered: number;

  @Field(() => Float, {
    nullable: true,
    description: 'covered / total × 100, two decimals; null when the region has none of this tier (覆盖率 %).',
  })
  percentCovered: number | null;

  @Field(() => [Region], { description: 'Divisions without one, by code: the gaps (未覆盖区划).' })
  uncovered: Region[];
}

@ObjectType('CoverageReport', {
  description:
    "How fully a unit's region is covered (横向到边、纵向到底): the goal is an institute in each township and a station in each village or community.",
})
export class CoverageReport {
  @Field(() => Region, { description: 'The region reported on (区划).' })
  region: Region;

  @Field(() => CoverageTier, { description: 'Townships and streets with an institute (乡镇、街道 — 实践所).' })
  townships: CoverageTier;

  @Field(() => CoverageTier, { description: 'Villages and communities with a station (村、社区 — 实践站).' })
  villages: CoverageTier;
}
