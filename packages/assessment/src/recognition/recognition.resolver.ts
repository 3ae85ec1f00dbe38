import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AssessmentContext } from '../loaders';
import { OrgUnitStub } from '../references/org-unit.stub';
import { VolunteerTeamStub } from '../references/volunteer-team.stub';
import { VolunteerStub } from '../references/volunteer.stub';
import { AssessmentScheme } from '../scheme/scheme.type';
import { RecognitionSubject } from './recognition-subject.enum';
import type { RecognitionEntity } from './recognition.entity';
import { Recognition } from './recognition.type';

/** The subject, as a reference, when it is of that kind. */
const subject = (recognition: RecognitionEntity, kind: RecognitionSubject) =>
  recognition.subjectKind === kind ? { id: String(recognition.subjectId) } : null;

@Resolver(() => Recognition)
export class RecognitionResolver {
  @FieldResolver(() => AssessmentScheme, { description: 'The scheme whose period it recognises (所属考核方案).' })
  async scheme(@Root() recognition: RecognitionEntity, @Ctx() ctx: AssessmentContext) {
    return ctx.loaders.schemeById.load(String(recognition.schemeId));
  }

  @FieldResolver(() => OrgUnitStub, { nullable: true, description: 'The unit, for a UNIT recognition (先进单位).' })
  unit(@Root() recognition: RecognitionEntity): OrgUnitStub | null {
    return subject(recognition, RecognitionSubject.UNIT);
  }

  @FieldResolver(() => VolunteerTeamStub, { nullable: true, description: 'The team, for a TEAM recognition (优秀志愿服务队).' })
  team(@Root() recognition: RecognitionEntity): VolunteerTeamStub | null {
    return subject(recognition, RecognitionSubject.TEAM);
  }

  @FieldResolver(() => VolunteerStub, { nullable: true, description: 'The volunteer, for a VOLUNTEER recognition (优秀志愿者).' })
  volunteer(@Root() recognition: RecognitionEntity): VolunteerStub | null {
    return subject(recognition, RecognitionSubject.VOLUNTEER);
  }
}
