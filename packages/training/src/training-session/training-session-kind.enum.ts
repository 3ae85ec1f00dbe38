import { registerEnumType } from 'type-graphql';

/** What a session of a program's agenda is (日程类型). */
export enum TrainingSessionKind {
  OPENING = 'OPENING',
  LECTURE = 'LECTURE',
  SITE_VISIT = 'SITE_VISIT',
  DISCUSSION = 'DISCUSSION',
  CLOSING = 'CLOSING',
  OTHER = 'OTHER',
}

registerEnumType(TrainingSessionKind, {
  name: 'TrainingSessionKind',
  description: 'What a session of a training agenda is (日程类型).',
  valuesConfig: {
    OPENING: { description: 'Opening ceremony, with its speeches (开班仪式).' },
    LECTURE: { description: 'A lecture, e.g. by an invited expert (专题讲座).' },
    SITE_VISIT: { description: 'A visit to a practice unit, which `visitedUnit` names (现场观摩).' },
    DISCUSSION: { description: 'Group discussion (分组讨论).' },
    CLOSING: { description: 'Closing ceremony (结业仪式).' },
    OTHER: { description: 'Anything else on the agenda (其他).' },
  },
});
