import { Field, ID, InputType } from 'type-graphql';

@InputType('FeatureRoleModelInput', { description: 'A campaign and a role model it (no longer) features (活动宣传典型).' })
export class FeatureRoleModelInput {
  @Field(() => ID, { description: 'The campaign (活动编号).' })
  campaignId: string;

  @Field(() => ID, { description: 'The role model (典型编号).' })
  roleModelId: string;
}
