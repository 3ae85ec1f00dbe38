import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgsType, pageSize } from '@civic/subgraph-kit';
import type { TrainingContext } from '../loaders';
import { EnrollmentConnection } from '../enrollment/enrollment.connection';
import { EnrollmentOrder } from '../enrollment/enrollment-order.input';
import { listEnrollments } from '../enrollment/enrollment.queries';
import { countOnlyPage, mayListParticipants } from '../enrollment/participant-visibility';
import { TrainingSession } from '../training-session/training-session.type';
import type { TrainingProgramEntity } from './training-program.entity';
import { statusOf, TrainingProgramStatus } from './training-program-status';
import { TrainingProgram } from './training-program.type';

/** A program's agenda, its status and its trainees. */
@Resolver(() => TrainingProgram)
export class TrainingProgramAgendaResolver {
  @FieldResolver(() => TrainingProgramStatus, { description: 'Where the program stands, from its dates (培训状态).' })
  status(@Root() program: TrainingProgramEntity): TrainingProgramStatus {
    return statusOf(program);
  }

  @FieldResolver(() => [TrainingSession], { description: 'The agenda, in time order (培训日程).' })
  sessions(@Root() program: TrainingProgramEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.sessionsByProgram.load(program.id);
  }

  @FieldResolver(() => EnrollmentConnection, {
    description:
      'Who enrolled, in enrollment order unless sorted otherwise, paginated (报名学员). Names are personal data: for callers without a token, and for VOLUNTEER tokens, the page is empty and only totalCount is given.',
  })
  async enrollments(
    @Root() program: TrainingProgramEntity,
    @Arg('orderBy', () => EnrollmentOrder, { nullable: true, description: 'How to sort; omit for enrollment order (排序).' })
    orderBy: EnrollmentOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: TrainingContext,
  ) {
    pageSize(page);
    if (!mayListParticipants(ctx.access)) return countOnlyPage(await ctx.loaders.participantCount.load(program.id));
    return listEnrollments(ctx.db, program.id, orderBy, page);
  }
}
