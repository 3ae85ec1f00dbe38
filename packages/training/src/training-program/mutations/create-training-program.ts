import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { TrainingAudience } from '../training-audience';
import { TrainingProgramEntity } from '../training-program.entity';
import type { CreateTrainingProgramInput } from './create-training-program.input';

/** Creates a program organised by a unit inside the caller's subtree; row and audit entry commit together. */
export async function createTrainingProgram(ctx: SubgraphContext, input: CreateTrainingProgramInput): Promise<TrainingProgramEntity> {
  const title = input.title.trim();
  const place = input.place?.trim() || null;
  const capacity = input.capacity ?? null;
  const organizerUnitId = parseId(input.organizerId, 'org unit');
  await ctx.access.requireWrite('training:write', organizerUnitId);

  return ctx.db.transaction(async (manager) => {
    const programs = manager.getRepository(TrainingProgramEntity);
    const program = await programs.save(
      programs.create({
        title,
        organizerUnitId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        audience: input.audience ?? TrainingAudience.MIXED,
        place,
        capacity,
      }),
    );
    await ctx.audit.record(manager, 'createTrainingProgram', 'TrainingProgram', [program.id]);
    return programs.findOneByOrFail({ id: program.id });
  });
}
