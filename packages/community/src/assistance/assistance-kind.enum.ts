import { describeEnum } from '@civic/subgraph-kit';

export enum AssistanceKind {
  SYMPATHY_VISIT = 'SYMPATHY_VISIT',
  MATERIAL = 'MATERIAL',
  MEDICAL = 'MEDICAL',
  EMPLOYMENT = 'EMPLOYMENT',
  EDUCATION = 'EDUCATION',
  POLICY_ERRAND = 'POLICY_ERRAND',
  OTHER = 'OTHER',
}
describeEnum(AssistanceKind, 'AssistanceKind', 'What kind of help a household got (帮扶类别).', {
  SYMPATHY_VISIT: 'A visit of sympathy, often with a small gift (慰问).',
  MATERIAL: 'Goods: rice, oil, quilts, clothes (物资帮扶).',
  MEDICAL: 'Help to see a doctor (就医帮扶).',
  EMPLOYMENT: 'Help to find work or skills training (就业帮扶).',
  EDUCATION: "Help with children's schooling (助学).",
  POLICY_ERRAND: 'Applications run for the household (政策代办).',
  OTHER: 'Other help (其他).',
});
