import { Field, ID, InputType } from 'type-graphql';
import { TrimmedLength, VersionedInput } from '@civic/subgraph-kit';

@InputType('DeregisterVolunteerInput', { description: 'A volunteer leaving the register, with the reason (志愿者注销).' })
export class DeregisterVolunteerInput extends VersionedInput {
  @Field(() => ID, { description: 'The volunteer (志愿者).' })
  id: string;

  @Field({ description: 'Why, e.g. moved away or at their own request; 1–200 characters (注销原因).' })
  @TrimmedLength(1, 200)
  reason: string;
}

@InputType('ReactivateVolunteerInput', { description: 'A deregistered volunteer returning to the register (恢复注册).' })
export class ReactivateVolunteerInput extends VersionedInput {
  @Field(() => ID, { description: 'The volunteer (志愿者).' })
  id: string;
}
