import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@civic/runtime';
import { IsOptionalText, NotInFuture, NumberRange, TrimmedLength } from '@civic/subgraph-kit';
import { DisputeAction } from '../dispute-action.enum';

@InputType('AdvanceDisputeCaseInput', {
  description:
    'The next step of a dispute case (纠纷办理): MEDIATE (FOUND → MEDIATING), RESOLVE or ESCALATE (FOUND or MEDIATING → RESOLVED or ESCALATED). Any other move is CONFLICT.',
})
export class AdvanceDisputeCaseInput {
  @Field(() => ID, { description: 'The dispute case (纠纷编号).' })
  id: string;

  @Field(() => DisputeAction, { description: 'The step: MEDIATE, RESOLVE or ESCALATE (步骤).' })
  action: DisputeAction;

  @Field(() => DateScalar, { description: 'Day the step was taken: not in the future, not before the previous step (办理日期).' })
  @NotInFuture()
  takenOn: string;

  @Field({ description: 'Who handled it: the mediation committee, office or role, 1–100 characters (办理人/调解组织).' })
  @TrimmedLength(1, 100)
  handledBy: string;

  @Field(() => String, { nullable: true, description: 'What was done or agreed, up to 500 characters (办理情况).' })
  @IsOptionalText()
  @TrimmedLength(0, 500)
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'For ESCALATE, and only then: the unit the case is handed up to (上报至).' })
  escalatedToUnitId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "For RESOLVE, and only then: the parties' satisfaction with the settlement, 1–5 (群众满意度).",
  })
  @IsOptional()
  @NumberRange(1, 5)
  satisfaction?: number | null;
}
