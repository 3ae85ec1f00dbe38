import { describeEnum } from '@civic/subgraph-kit';

/** How a campaign or event used a work (使用方式). */
export enum WorkUseKind {
  USED = 'USED',
  PERFORMED = 'PERFORMED',
  DISTRIBUTED = 'DISTRIBUTED',
}

describeEnum(WorkUseKind, 'WorkUseKind', 'How a campaign or event used a work (使用方式).', {
  USED: 'Used as teaching or lecture material (使用).',
  PERFORMED: 'Performed or screened, e.g. a play on stage (演出).',
  DISTRIBUTED: 'Handed out to the audience, e.g. copies of a reader (发放).',
});
