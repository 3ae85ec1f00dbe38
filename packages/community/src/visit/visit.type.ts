import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { VisitorKind } from './visitor-kind.enum';

@ObjectType('Visit', {
  description:
    "A door-to-door visit (走访) by a grid worker, village cadre or volunteer: what was found, the resident's satisfaction, and the follow-ups it led to (a dispute case, assistance, a service order).",
})
export class Visit {
  @Field(() => ID, { description: 'Stable identifier (编号).' })
  id: number;

  @Field(() => VisitorKind, { description: 'Who visited: grid worker, village cadre or volunteer (走访人员类别).' })
  visitorKind: VisitorKind;

  @Field(() => DateScalar, { description: 'Day of the visit (走访日期).' })
  visitedOn: string;

  @Field({ description: 'What the visitor found: needs, troubles, disputes (走访情况).' })
  findings: string;

  @Field(() => Int, {
    nullable: true,
    description: "The resident's satisfaction, 1 (poor) to 5 (very satisfied), when asked (群众满意度).",
  })
  satisfaction: number | null;

  @Field({ description: 'When it was recorded (录入时间).' })
  createdAt: Date;
}
