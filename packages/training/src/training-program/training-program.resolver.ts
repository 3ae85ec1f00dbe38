import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, parseId } from '@civic/subgraph-kit';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import type { TrainingContext } from '../loaders';
import { TrainingProgramFilter } from './dtos/training-program-filter.input';
import { TrainingProgramOrder } from './dtos/training-program-order.input';
import { TrainingProgramConnection } from './training-program.connection';
import type { TrainingProgramEntity } from './training-program.entity';
import { listTrainingPrograms } from './training-program.queries';
import { TrainingProgram } from './training-program.type';

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram, { nullable: true, description: 'One training program by id (按编号查询培训项目).' })
  trainingProgram(@Arg('id', () => ID, { description: 'Training program id (培训项目编号).' }) id: string, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.trainingProgramById.load(String(parseId(id, 'training program')));
  }

  @Query(() => TrainingProgramConnection, {
    description: 'Training programs matching a filter, earliest first unless sorted otherwise, paginated (培训项目列表).',
  })
  trainingPrograms(
    @Arg('filter', () => TrainingProgramFilter, { nullable: true, description: 'Conditions; omit for all programs (筛选条件).' })
    filter: TrainingProgramFilter | null,
    @Arg('orderBy', () => TrainingProgramOrder, {
      nullable: true,
      description: 'How to sort; omit for by first day, earliest first (排序).',
    })
    orderBy: TrainingProgramOrder | null,
    @Args() page: PageArgsType,
    @Ctx() ctx: TrainingContext,
  ) {
    return listTrainingPrograms(ctx.db, filter, orderBy, page);
  }

  @FieldResolver(() => OrgUnitStub, { description: 'The unit that organised the program (主办单位).' })
  organizer(@Root() program: TrainingProgramEntity): OrgUnitStub {
    return { id: String(program.organizerUnitId) };
  }

  @FieldResolver(() => Int, { description: 'How many people enrolled (参训人数).' })
  participantCount(@Root() program: TrainingProgramEntity, @Ctx() ctx: TrainingContext) {
    return ctx.loaders.participantCount.load(program.id);
  }
}
