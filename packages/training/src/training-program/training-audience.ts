import { describeEnum } from '@civic/subgraph-kit';

/** Who a program is for (培训对象). */
export enum TrainingAudience {
  STAFF = 'STAFF',
  VOLUNTEERS = 'VOLUNTEERS',
  MIXED = 'MIXED',
}

export const TRAINING_AUDIENCE_DESCRIPTIONS: Record<TrainingAudience, string> = {
  STAFF: 'Staff of centers, institutes, stations and departments (工作人员).',
  VOLUNTEERS: 'Volunteers, e.g. a volunteer professional training (志愿者).',
  MIXED: 'Staff and volunteers together (工作人员和志愿者).',
};

describeEnum(TrainingAudience, 'TrainingAudience', 'Who a training program is for (培训对象).', TRAINING_AUDIENCE_DESCRIPTIONS);
