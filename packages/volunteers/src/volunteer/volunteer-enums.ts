import { describeEnum } from '@civic/subgraph-kit';

export enum PoliticalStatus {
  CPC_MEMBER = 'CPC_MEMBER',
  CPC_PROBATIONARY = 'CPC_PROBATIONARY',
  CYL_MEMBER = 'CYL_MEMBER',
  DEMOCRATIC_PARTY = 'DEMOCRATIC_PARTY',
  MASSES = 'MASSES',
}
export const POLITICAL_STATUS_DESCRIPTIONS: Record<PoliticalStatus, string> = {
  CPC_MEMBER: 'Member of the Communist Party of China (中共党员).',
  CPC_PROBATIONARY: 'Probationary Party member (中共预备党员).',
  CYL_MEMBER: 'Communist Youth League member (共青团员).',
  DEMOCRATIC_PARTY: 'Member of a democratic party (民主党派).',
  MASSES: 'The masses, no affiliation (群众).',
};
describeEnum(PoliticalStatus, 'PoliticalStatus', 'Political status (政治面貌).', POLITICAL_STATUS_DESCRIPTIONS);

export enum VolunteerKind {
  PARTY_MEMBER_REPORTING = 'PARTY_MEMBER_REPORTING',
  FIVE_ELDERS = 'FIVE_ELDERS',
  GRID_WORKER = 'GRID_WORKER',
  VILLAGE_CADRE = 'VILLAGE_CADRE',
  STUDENT = 'STUDENT',
  CHILD_DOCENT = 'CHILD_DOCENT',
  OTHER = 'OTHER',
}
export const VOLUNTEER_KIND_DESCRIPTIONS: Record<VolunteerKind, string> = {
  PARTY_MEMBER_REPORTING: 'Party member reporting to the community (党员双报到).',
  FIVE_ELDERS: 'One of the "five elders": retired cadre, veteran, teacher, expert or model worker (五老).',
  GRID_WORKER: 'Grid worker (网格员).',
  VILLAGE_CADRE: 'Village or community cadre (村社干部).',
  STUDENT: 'Student (学生).',
  CHILD_DOCENT: 'Child docent or lecturer, e.g. 红孩儿宣讲团 (小小讲解员).',
  OTHER: 'Other (其他).',
};
describeEnum(VolunteerKind, 'VolunteerKind', 'Kind of volunteer, several may apply (志愿者类别).', VOLUNTEER_KIND_DESCRIPTIONS);

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
export const GENDER_DESCRIPTIONS: Record<Gender, string> = { MALE: 'Male (男).', FEMALE: 'Female (女).' };
describeEnum(Gender, 'Gender', 'Gender, as the resident ID number gives it (性别).', GENDER_DESCRIPTIONS);
