import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@civic/runtime';
import { tryParseId } from '@civic/subgraph-kit';
import { Enrollment } from '../enrollment/enrollment.type';
import type { EnrollmentEntity } from '../enrollment/enrollment.entity';
import type { TrainingContext } from '../loaders';
import { VolunteerStub } from './volunteer.stub';

/** The training fields this subgraph adds to Volunteer. */
@Resolver(() => VolunteerStub)
export class VolunteerEnrollmentsResolver {
  @FieldResolver(() => [Enrollment], {
    description:
      "The volunteer's training record (培训记录), one of the five categories of a volunteer record: its enrollments, earliest program first. Same rule as the volunteer record: a token is needed, and a VOLUNTEER reads only its own.",
  })
  async enrollments(@Root() volunteer: VolunteerStub, @Ctx() ctx: TrainingContext): Promise<EnrollmentEntity[]> {
    const id = tryParseId(volunteer.id);
    ctx.access.requireSignedIn('volunteer records');
    if (ctx.access.identity.role === 'VOLUNTEER' && (id === null || !ctx.access.isVolunteer(id))) {
      throw forbidden('a volunteer may read only its own record');
    }
    return id === null ? [] : ctx.loaders.enrollmentsByVolunteer.load(id);
  }
}
