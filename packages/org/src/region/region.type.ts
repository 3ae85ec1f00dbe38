import { Directive, Field, ObjectType } from 'type-graphql';
import { RegionLevel } from './region-level.enum';

@Directive('@key(fields: "code")')
@ObjectType('Region', { description: 'An administrative division (行政区划), hierarchical by code prefix.' })
export class Region {
  @Field({
    description:
      'Official division code (区划代码): GB/T 2260 6 digits for province, prefecture and county; 12-digit statistical code for township and village.',
  })
  code: string;

  @Field({ description: 'Official name, e.g. 会东县 (名称).' })
  name: string;

  @Field(() => RegionLevel, { description: 'Tier (级别).' })
  level: RegionLevel;

  parentCode: string | null;
}
