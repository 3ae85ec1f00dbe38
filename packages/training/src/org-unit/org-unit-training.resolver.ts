import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { tryParseId } from '@civic/kernel';
import { OrgUnitRef } from './org-unit.ref';
import type { TrainingContext } from '../loaders';
import { TrainingProgram } from '../training-program/training-program.type';
import type { TrainingProgramEntity } from '../training-program/training-program.entity';

/** The training fields this subgraph adds to OrgUnit. */
@Resolver(() => OrgUnitRef)
export class OrgUnitTrainingResolver {
  @FieldResolver(() => [TrainingProgram], {
    description: 'Training programs this unit organised, earliest first (主办的培训项目).',
  })
  async trainingPrograms(@Root() unit: OrgUnitRef, @Ctx() ctx: TrainingContext): Promise<TrainingProgramEntity[]> {
    const unitId = tryParseId(unit.id);
    return unitId === null ? [] : ctx.loaders.trainingProgramsByOrganizer.load(unitId);
  }
}
