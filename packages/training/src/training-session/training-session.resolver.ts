import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, pageSize, parseId } from '@civic/subgraph-kit';
import type { TrainingContext } from '../loaders';
import { countOnlyPage, mayListParticipants } from '../enrollment/participant-visibility';
import { SessionFeedbackSummary } from '../feedback/feedback-summary.type';
import { listSessionFeedback } from '../feedback/feedback.queries';
import { SessionFeedbackConnection } from '../feedback/session-feedback.connection';
import { SessionFeedbackOrder } from '../feedback/session-feedback-order.input';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { TrainingProgram } from '../training-program/training-program.type';
import type { TrainingSessionEntity } from './training-session.entity';
import { TrainingSession } from './training-session.type';

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSession, { nullable: true, description: 'One session of a training agenda by id (按编号查询培训日程).' })
  trainingSession(@Arg('id', () => ID, { description: 'Training session id (培训日程编号).' }) id: string, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.sessionById.load(String(parseId(id, 'training session')));
  }

  @FieldResolver(() => TrainingProgram, { description: 'The program whose agenda it is on (所属培训项目).' })
  async program(@Root() session: TrainingSessionEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.trainingProgramById.load(String(session.programId));
  }

  @FieldResolver(() => OrgUnitStub, {
    nullable: true,
    description: 'For a site visit, the unit visited, in any county (观摩单位); null for other kinds of session.',
  })
  visitedUnit(@Root() session: TrainingSessionEntity): OrgUnitStub | null {
    return session.visitedUnitId ? { id: String(session.visitedUnitId) } : null;
  }

  @FieldResolver(() => Int, { description: 'How many trainees were present (出勤人数).' })
  attendeeCount(@Root() session: TrainingSessionEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.attendeeCount.load(session.id);
  }

  @FieldResolver(() => SessionFeedbackSummary, { description: 'Ratings of the session in aggregate (评价汇总).' })
  feedbackSummary(@Root() session: TrainingSessionEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.feedbackSummary.load(session.id);
  }

  @FieldResolver(() => SessionFeedbackConnection, {
    description:
      "Attendees' ratings and comments, oldest first unless sorted otherwise, paginated (培训评价). Like the participant list: for callers without a token and VOLUNTEER tokens the page is empty, only totalCount is given.",
  })
  async feedback(
    @Root() session: TrainingSessionEntity,
    @Arg('orderBy', () => SessionFeedbackOrder, { nullable: true, description: 'How to sort; omit for oldest first (排序).' })
    orderBy: SessionFeedbackOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: TrainingContext,
  ) {
    pageSize(page);
    if (!mayListParticipants(ctx.access)) return countOnlyPage((await ctx.loaders.feedbackSummary.load(session.id)).count);
    return listSessionFeedback(ctx.db, session.id, orderBy, page);
  }
}
