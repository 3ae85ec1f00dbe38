import { describeEnum } from '@civic/subgraph-kit';

export enum RecognitionSubject {
  UNIT = 'UNIT',
  TEAM = 'TEAM',
  VOLUNTEER = 'VOLUNTEER',
}
describeEnum(RecognitionSubject, 'RecognitionSubject', 'Who is recognised (评优对象).', {
  UNIT: 'A unit ranked in the scheme, e.g. an institute (先进单位).',
  TEAM: 'A volunteer service team (优秀志愿服务队).',
  VOLUNTEER: 'A volunteer (优秀志愿者).',
});
