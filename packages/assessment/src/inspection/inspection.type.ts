import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';

@ObjectType('Inspection', {
  description:
    'An inspection visit to a unit (督查), perhaps under an assessment scheme: who inspected, what they found, and the fixes required of the unit, each tracked to done (整改销号).',
})
export class Inspection {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => DateScalar, { description: 'Day of the visit (督查日期).' })
  inspectedOn: string;

  @Field({ description: 'Who inspected: the team, offices or names as the record gives them (督查人员).' })
  inspectors: string;

  @Field({ description: 'What was found, in brief (督查情况).' })
  summary: string;

  @Field({ description: 'Who recorded it: the token subject (录入人).' })
  createdBy: string;

  @Field({ description: 'When it was recorded (录入时间).' })
  createdAt: Date;
}
