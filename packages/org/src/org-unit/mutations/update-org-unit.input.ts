import { IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { NumberRange, TrimmedLength, ValidateIfGiven, OPTIONAL_VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { UnitDetailsInput } from './unit-details.input';

@InputType('UpdateOrgUnitInput', {
  description:
    'Changes to a unit; omitted fields stay as they are, null clears an optional one. Level, code and parent do not change here (see moveOrgUnit) (修改阵地信息).',
})
export class UpdateOrgUnitInput extends UnitDetailsInput {
  @Field(() => String, { nullable: true, description: 'Official name (名称), 1–100 characters.' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Administrative division served (区划代码).' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: OPTIONAL_VERSION_DESCRIPTION })
  @IsOptional()
  @NumberRange(1, 2_147_483_647)
  expectedVersion?: number | null;
}
