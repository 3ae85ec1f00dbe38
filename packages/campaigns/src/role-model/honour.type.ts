import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { HonourLevel } from './honour-level.enum';

@ObjectType('Honour', { description: 'An honour conferred on a role model (荣誉称号); a revoked one is kept with its date as history.' })
export class Honour {
  @Field(() => ID, { description: 'Stable identifier (荣誉编号).' })
  id: number;

  @Field({ description: 'Title, e.g. 全国"最美公务员" (称号).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The body that conferred it, e.g. 中共中央组织部 (授予单位).' })
  conferredBy: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it was conferred, where known (授予年份).' })
  year: number | null;

  @Field(() => HonourLevel, { description: 'Level of the conferring body (荣誉级别).' })
  level: HonourLevel;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was revoked, YYYY-MM-DD; null while it stands (撤销日期).' })
  revokedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked (撤销原因).' })
  revokeReason: string | null;
}
