import { registerEnumType } from 'type-graphql';

/** Kinds of honours and designations a unit can carry. */
export enum DesignationKind {
  PILOT = 'PILOT',
  CITY_PRACTICE_POINT = 'CITY_PRACTICE_POINT',
  EXEMPLARY_MODEL = 'EXEMPLARY_MODEL',
  DEMONSTRATION = 'DEMONSTRATION',
  OTHER = 'OTHER',
}

registerEnumType(DesignationKind, {
  name: 'DesignationKind',
  description: 'Kind of honour or designation (称号类别).',
  valuesConfig: {
    PILOT: { description: 'Pilot unit before the roll-out (试点).' },
    CITY_PRACTICE_POINT: { description: 'City-level practice point (市级实践点).' },
    EXEMPLARY_MODEL: { description: 'Exemplary model (精品范例).' },
    DEMONSTRATION: { description: 'Demonstration unit (示范点).' },
    OTHER: { description: 'Any other honour (其他).' },
  },
});
