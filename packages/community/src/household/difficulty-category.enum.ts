import { describeEnum } from '@civic/subgraph-kit';

export enum DifficultyCategory {
  MINIMUM_LIVING = 'MINIMUM_LIVING',
  EXTREME_POVERTY_SUPPORT = 'EXTREME_POVERTY_SUPPORT',
  DISABILITY = 'DISABILITY',
  LEFT_BEHIND_ELDERLY = 'LEFT_BEHIND_ELDERLY',
  LEFT_BEHIND_CHILDREN = 'LEFT_BEHIND_CHILDREN',
  ILLNESS_POVERTY = 'ILLNESS_POVERTY',
  RESETTLED_MIGRANT = 'RESETTLED_MIGRANT',
  OTHER = 'OTHER',
}
describeEnum(
  DifficultyCategory,
  'DifficultyCategory',
  'Why a household counts as in difficulty (困难类别); a household may be in several.',
  {
    MINIMUM_LIVING: 'Receives the minimum living allowance (低保户).',
    EXTREME_POVERTY_SUPPORT: 'Supported as extremely poor (特困供养).',
    DISABILITY: 'A member lives with a disability (残疾).',
    LEFT_BEHIND_ELDERLY: 'Elderly left behind while the young work away (留守老人).',
    LEFT_BEHIND_CHILDREN: 'Children left behind while parents work away (留守儿童).',
    ILLNESS_POVERTY: 'Fell into poverty through illness (因病致贫).',
    RESETTLED_MIGRANT: 'Resettled for a hydropower project (水电移民安置).',
    OTHER: 'Another difficulty, told in the note (其他困难).',
  },
);
