import { describeEnum } from '@civic/subgraph-kit';

export enum MobilisationKind {
  EPIDEMIC_CONTROL = 'EPIDEMIC_CONTROL',
  FOREST_FIRE_PREVENTION = 'FOREST_FIRE_PREVENTION',
  FLOOD_PREVENTION = 'FLOOD_PREVENTION',
  OTHER = 'OTHER',
}
export const MOBILISATION_KIND_DESCRIPTIONS: Record<MobilisationKind, string> = {
  EPIDEMIC_CONTROL: 'Epidemic prevention and control, e.g. COVID-19 (疫情防控).',
  FOREST_FIRE_PREVENTION: 'Forest and grassland fire prevention and fighting (森林草原防灭火).',
  FLOOD_PREVENTION: 'Flood prevention and disaster reduction in the flood season (防汛减灾).',
  OTHER: 'Another special period or emergency (其他应急动员).',
};
describeEnum(
  MobilisationKind,
  'MobilisationKind',
  'What a special-period mobilisation is for (应急动员类别).',
  MOBILISATION_KIND_DESCRIPTIONS,
);
