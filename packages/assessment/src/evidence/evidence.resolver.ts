import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignEventStub } from '../references/campaign-event.stub';
import { OrgUnitStub } from '../references/org-unit.stub';
import { ServiceRequestStub } from '../references/service-request.stub';
import { TrainingProgramStub } from '../references/training-program.stub';
import { VolunteerStub } from '../references/volunteer.stub';
import { EvidenceSource } from './evidence-source.enum';
import { AssessmentEvidence, type EvidenceRow } from './evidence.type';

/** The entity of the supergraph a row points to, when it is of that kind. */
const reference = (row: EvidenceRow, ...kinds: EvidenceSource[]) =>
  kinds.includes(row.sourceKind) && row.refId !== null ? { id: String(row.refId) } : null;

@Resolver(() => AssessmentEvidence)
export class AssessmentEvidenceResolver {
  @FieldResolver(() => CampaignEventStub, { nullable: true, description: 'The event, for a CAMPAIGN_EVENT row (活动场次).' })
  event(@Root() row: EvidenceRow): CampaignEventStub | null {
    return reference(row, EvidenceSource.CAMPAIGN_EVENT);
  }

  @FieldResolver(() => VolunteerStub, { nullable: true, description: 'Who served, for a SERVICE_RECORD row (志愿者).' })
  volunteer(@Root() row: EvidenceRow): VolunteerStub | null {
    return reference(row, EvidenceSource.SERVICE_RECORD);
  }

  @FieldResolver(() => ServiceRequestStub, { nullable: true, description: 'The order, for a SERVICE_REQUEST row (群众点单).' })
  serviceRequest(@Root() row: EvidenceRow): ServiceRequestStub | null {
    return reference(row, EvidenceSource.SERVICE_REQUEST);
  }

  @FieldResolver(() => TrainingProgramStub, { nullable: true, description: 'The program, for a TRAINING_ENROLLMENT row (培训项目).' })
  trainingProgram(@Root() row: EvidenceRow): TrainingProgramStub | null {
    return reference(row, EvidenceSource.TRAINING_ENROLLMENT);
  }

  @FieldResolver(() => OrgUnitStub, {
    nullable: true,
    description: 'The station, for a STATION or CUSTOMS_REFORM_MEASURE row (实践站).',
  })
  station(@Root() row: EvidenceRow): OrgUnitStub | null {
    return reference(row, EvidenceSource.STATION, EvidenceSource.CUSTOMS_REFORM_MEASURE);
  }
}
