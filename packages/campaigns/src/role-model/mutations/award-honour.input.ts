import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';
import { HonourLevel } from '../honour-level.enum';

@InputType('AwardHonourInput', { description: 'An honour conferred on a role model (登记荣誉称号).' })
export class AwardHonourInput {
  @Field(() => ID, { description: 'The role model (典型编号).' })
  roleModelId: string;

  @Field({ description: 'Title, e.g. 全国优秀党务工作者, 1–200 characters (称号).' })
  @TrimmedLength(1, 200)
  title: string;

  @Field(() => String, { nullable: true, description: 'The body that conferred it, up to 200 characters (授予单位).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  conferredBy?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year it was conferred, 1949–2100, where known (授予年份).' })
  @ValidateIfGiven()
  @NumberRange(1949, 2100)
  year?: number | null;

  @Field(() => HonourLevel, { description: 'Level of the conferring body (荣誉级别).' })
  level: HonourLevel;
}
