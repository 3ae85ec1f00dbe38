import { describeEnum } from '@civic/subgraph-kit';

export enum ServiceHoursDimension {
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  CHILD_UNIT = 'CHILD_UNIT',
  MONTH = 'MONTH',
  TEAM = 'TEAM',
  ACTIVITY = 'ACTIVITY',
  POLITICAL_STATUS = 'POLITICAL_STATUS',
}
describeEnum(ServiceHoursDimension, 'ServiceHoursDimension', 'What service hours can be broken down by (服务时长统计维度).', {
  TOWNSHIP: "The township institute of the volunteer's home unit (乡镇).",
  VILLAGE: "The village station of the volunteer's home unit (村社).",
  CHILD_UNIT: "The unit directly below the asked one that the volunteer's home unit lies under (下级单位).",
  MONTH: 'The China month the service began in (月份).',
  TEAM: 'The team served with (服务队).',
  ACTIVITY: 'The activity served at (活动).',
  POLITICAL_STATUS: "The volunteer's political status (政治面貌).",
});

export enum VolunteerDimension {
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
  CHILD_UNIT = 'CHILD_UNIT',
  REGISTRATION_MONTH = 'REGISTRATION_MONTH',
  KIND = 'KIND',
  POLITICAL_STATUS = 'POLITICAL_STATUS',
  STAR_LEVEL = 'STAR_LEVEL',
  GENDER = 'GENDER',
}
describeEnum(VolunteerDimension, 'VolunteerDimension', 'What volunteers can be broken down by (志愿者统计维度).', {
  TOWNSHIP: 'The township institute of the home unit (乡镇).',
  VILLAGE: 'The village station of the home unit (村社).',
  CHILD_UNIT: 'The unit directly below the asked one that the home unit lies under (下级单位).',
  REGISTRATION_MONTH: 'The China month of registration (注册月份).',
  KIND: 'Kind of volunteer; one with several kinds counts under each (志愿者类别).',
  POLITICAL_STATUS: 'Political status (政治面貌).',
  STAR_LEVEL: 'Star level 0–5 from cumulative approved hours (星级).',
  GENDER: 'Gender (性别).',
});
