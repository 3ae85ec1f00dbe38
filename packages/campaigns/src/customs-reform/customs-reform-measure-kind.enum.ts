import { describeEnum } from '@civic/subgraph-kit';

/** Which customs-reform measure a village or community adopted (移风易俗举措). */
export enum CustomsReformMeasureKind {
  VILLAGE_RULES = 'VILLAGE_RULES',
  RED_WHITE_COUNCIL = 'RED_WHITE_COUNCIL',
}

describeEnum(
  CustomsReformMeasureKind,
  'CustomsReformMeasureKind',
  'Which customs-reform measure a village or community adopted (移风易俗举措).',
  {
    VILLAGE_RULES: 'Village rules and compacts revised to cover customs reform (完善村规民约).',
    RED_WHITE_COUNCIL: 'A red-white council for weddings and funerals set up (成立红白理事会).',
  },
);
