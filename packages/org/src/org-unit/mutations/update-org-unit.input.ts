import { Field, InputType } from 'type-graphql';
import { TrimmedLength, ValidateIfGiven } from '@civic/subgraph-kit';
import { UnitDetailsInput } from './unit-details.input';

@InputType('UpdateOrgUnitInput', {
  description:
    'Changes to a unit; omitted fields stay as they are, null clears an optional one. Level, code and parent do not change here (see moveOrgUnit).',
})
export class UpdateOrgUnitInput extends UnitDetailsInput {
  @Field(() => String, { nullable: true, description: 'Official name (名称), 1–100 characters.' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Administrative division served (区划代码).' })
  regionCode?: string | null;
}
