import { describeEnum } from '@civic/subgraph-kit';

export enum SchemeState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
describeEnum(SchemeState, 'AssessmentSchemeState', 'Where an assessment scheme stands (方案状态): DRAFT → PUBLISHED → CLOSED.', {
  DRAFT: 'Being drawn up: period, level and indicators may all change (草拟中).',
  PUBLISHED: 'Announced to the units: targets and weights may still be adjusted, the period and level no longer (已发布).',
  CLOSED: 'The period is assessed and the results final: nothing changes any more (已结束).',
});
