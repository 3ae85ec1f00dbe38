import { registerEnumType } from 'type-graphql';

/** Whether a figure covers one org unit or its whole subtree. Shared by every subgraph's stats. */
export enum StatsScope {
  SELF = 'SELF',
  SUBTREE = 'SUBTREE',
}

registerEnumType(StatsScope, {
  name: 'StatsScope',
  description: 'Which units a figure covers (统计范围).',
  valuesConfig: {
    SELF: { description: 'The unit alone (本级).' },
    SUBTREE: { description: 'The unit and every unit below it (本级及下级).' },
  },
});
