import { describeEnum } from '@civic/subgraph-kit';

/** What one row behind an indicator's figure is. */
export enum EvidenceSource {
  CAMPAIGN_EVENT = 'CAMPAIGN_EVENT',
  STATION = 'STATION',
  SERVICE_RECORD = 'SERVICE_RECORD',
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  CUSTOMS_REFORM_MEASURE = 'CUSTOMS_REFORM_MEASURE',
  TRAINING_ENROLLMENT = 'TRAINING_ENROLLMENT',
}
describeEnum(
  EvidenceSource,
  'AssessmentEvidenceSource',
  'What a row behind an indicator figure is, and whose table it comes from (数据来源).',
  {
    CAMPAIGN_EVENT: 'A campaign event held (活动场次), from the campaigns subgraph.',
    STATION: 'A station that was active in the period (活跃实践站), dated by its first event or activity.',
    SERVICE_RECORD: 'An approved service record (志愿服务记录), from the volunteers subgraph.',
    SERVICE_REQUEST: "A resident's service order (群众点单), from the volunteers subgraph.",
    CUSTOMS_REFORM_MEASURE: 'A customs-reform measure in force at a station (移风易俗举措), from the campaigns subgraph.',
    TRAINING_ENROLLMENT: "A trainee's enrollment and the sessions of the period attended (培训学员), from the training subgraph.",
  },
);
