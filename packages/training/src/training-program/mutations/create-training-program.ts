import { badUserInput } from '@civic/runtime';
import { parseId, type SubgraphContext } from '@civic/subgraph-kit';
import { TrainingAudience } from '../training-audience';
import { TrainingProgramEntity } from '../training-program.entity';
import type { CreateTrainingProgramInput } from './create-training-program.input';

/** Creates a program organised by a unit inside the caller's subtree; row and audit entry commit together. */
export async function createTrainingProgram(ctx: SubgraphContext, input: CreateTrainingProgramInput): Promise<TrainingProgramEntity> {
  const title = input.title.trim();
  if (title.length === 0 || title.length > 200) throw badUserInput('title must be 1 to 200 characters');
  if (input.endsOn < input.startsOn) throw badUserInput('endsOn must not be before startsOn');
  const place = input.place?.trim() || null;
  if (place && place.length > 200) throw badUserInput('place must be at most 200 characters');
  const capacity = input.capacity ?? null;
  if (capacity !== null && (capacity < 1 || capacity > 10_000)) throw badUserInput(`capacity must be between 1 and 10000, got ${capacity}`);
  const organizerUnitId = parseId(input.organizerId, 'org unit');
  await ctx.access.requireWrite('training:write', organizerUnitId);

  return ctx.db.transaction(async (manager) => {
    const programs = manager.getRepository(TrainingProgramEntity);
    const program = await programs.save(
      programs.create({ title, organizerUnitId, startsOn: input.startsOn, endsOn: input.endsOn, audience: input.audience ?? TrainingAudience.MIXED, place, capacity }),
    );
    await ctx.audit.record(manager, 'createTrainingProgram', 'TrainingProgram', [program.id]);
    return programs.findOneByOrFail({ id: program.id });
  });
}
