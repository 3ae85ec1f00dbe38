import { describeEnum } from '@civic/subgraph-kit';

/** Kinds of honours and designations a unit can carry. */
export enum DesignationKind {
  PILOT = 'PILOT',
  CITY_PRACTICE_POINT = 'CITY_PRACTICE_POINT',
  EXEMPLARY_MODEL = 'EXEMPLARY_MODEL',
  DEMONSTRATION = 'DEMONSTRATION',
  OTHER = 'OTHER',
}

describeEnum(DesignationKind, 'DesignationKind', 'Kind of honour or designation (称号类别).', {
  PILOT: 'Pilot unit before the roll-out (试点).',
  CITY_PRACTICE_POINT: 'City-level practice point (市级实践点).',
  EXEMPLARY_MODEL: 'Exemplary model (精品范例).',
  DEMONSTRATION: 'Demonstration unit (示范点).',
  OTHER: 'Any other honour (其他).',
});
