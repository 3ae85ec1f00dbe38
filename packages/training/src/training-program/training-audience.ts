import { registerEnumType } from 'type-graphql';

/** Who a program is for (培训对象). */
export enum TrainingAudience {
  STAFF = 'STAFF',
  VOLUNTEERS = 'VOLUNTEERS',
  MIXED = 'MIXED',
}

registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a training program is for (培训对象).',
  valuesConfig: {
    STAFF: { description: 'Staff of centers, institutes, stations and departments (工作人员).' },
    VOLUNTEERS: { description: 'Volunteers, e.g. a volunteer professional training (志愿者).' },
    MIXED: { description: 'Staff and volunteers together (工作人员和志愿者).' },
  },
});
