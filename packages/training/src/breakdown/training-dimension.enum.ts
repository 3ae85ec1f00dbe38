import { describeEnum } from '@civic/subgraph-kit';

/** What training figures can be broken down by (培训统计维度). */
export enum TrainingDimension {
  CHILD_UNIT = 'CHILD_UNIT',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  MONTH = 'MONTH',
  AUDIENCE = 'AUDIENCE',
}

describeEnum(TrainingDimension, 'TrainingDimension', 'What training figures can be broken down by (培训统计维度).', {
  CHILD_UNIT:
    'The units directly below the unit asked about, each with everything below it; the unit itself counts as its own group (下级单位).',
  TOWNSHIP: 'The township institute the organiser lies in; NONE for organisers above the townships (乡镇).',
  VILLAGE: 'The village station the organiser lies in; NONE for organisers above the villages (村).',
  MONTH: 'The China calendar month the program starts in, labelled like 2021年3月 (月份).',
  AUDIENCE: 'Who the program is for (培训对象).',
});
