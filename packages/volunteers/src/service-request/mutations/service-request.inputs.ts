import { Field, ID, InputType } from 'type-graphql';
import { IsOptionalText, TrimmedLength } from '@civic/subgraph-kit';

@InputType('CreateServiceRequestInput', { description: "A resident's order for volunteer service at a station (群众点单)." })
export class CreateServiceRequestInput {
  @Field({ description: 'What is needed (需求), 1–100 characters.' })
  @TrimmedLength(1, 100)
  title: string;

  @Field(() => String, { nullable: true, description: 'Details (详细说明), up to 1000 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 1000)
  description?: string | null;

  @Field(() => ID, { description: 'The station or institute the order is placed at (点单阵地).' })
  orgUnitId: string;
}
