import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '@civic/runtime';
import { tryParseId } from '@civic/subgraph-kit';
import type { AssessmentContext } from '../loaders';
import { OrgUnitStub } from '../references/org-unit.stub';
import { VolunteerTeamStub } from '../references/volunteer-team.stub';
import { VolunteerStub } from '../references/volunteer.stub';
import { assertMayReadAssessments } from '../shared/read-access';
import { RecognitionSubject } from './recognition-subject.enum';
import type { RecognitionEntity } from './recognition.entity';
import { subjectKey } from './recognition.loader';
import { Recognition } from './recognition.type';

const RECOGNITIONS = 'Its recognitions (评优表彰), latest given first.';

function recognitionsOf(ctx: AssessmentContext, kind: RecognitionSubject, id: string): Promise<RecognitionEntity[]> {
  const parsed = tryParseId(id);
  return parsed === null ? Promise.resolve([]) : ctx.loaders.recognitionsOfSubject.load(subjectKey(kind, parsed));
}

@Resolver(() => OrgUnitStub)
export class OrgUnitRecognitionsResolver {
  @FieldResolver(() => [Recognition], { description: `${RECOGNITIONS} Staff roles and ANALYST.` })
  recognitions(@Root() unit: OrgUnitStub, @Ctx() ctx: AssessmentContext) {
    assertMayReadAssessments(ctx.access);
    return recognitionsOf(ctx, RecognitionSubject.UNIT, unit.id);
  }
}

@Resolver(() => VolunteerTeamStub)
export class VolunteerTeamRecognitionsResolver {
  @FieldResolver(() => [Recognition], { description: `${RECOGNITIONS} Staff roles and ANALYST.` })
  recognitions(@Root() team: VolunteerTeamStub, @Ctx() ctx: AssessmentContext) {
    assertMayReadAssessments(ctx.access);
    return recognitionsOf(ctx, RecognitionSubject.TEAM, team.id);
  }
}

@Resolver(() => VolunteerStub)
export class VolunteerRecognitionsResolver {
  @FieldResolver(() => [Recognition], { description: `${RECOGNITIONS} Staff roles and ANALYST; a VOLUNTEER reads its own.` })
  recognitions(@Root() volunteer: VolunteerStub, @Ctx() ctx: AssessmentContext) {
    const id = tryParseId(volunteer.id);
    if (ctx.access.identity.role !== 'VOLUNTEER') assertMayReadAssessments(ctx.access);
    else if (id === null || !ctx.access.isVolunteer(id)) throw forbidden('a volunteer may read only its own recognitions');
    return recognitionsOf(ctx, RecognitionSubject.VOLUNTEER, volunteer.id);
  }
}
