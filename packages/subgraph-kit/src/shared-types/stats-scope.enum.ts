import { describeEnum } from './describe-enum';

/** Whether a figure covers one org unit or its whole subtree. Shared by every subgraph's stats. */
export enum StatsScope {
  SELF = 'SELF',
  SUBTREE = 'SUBTREE',
}

describeEnum(StatsScope, 'StatsScope', 'Which units a figure covers (统计范围).', {
  SELF: 'The unit alone (本级).',
  SUBTREE: 'The unit and every unit below it (本级及下级).',
});
