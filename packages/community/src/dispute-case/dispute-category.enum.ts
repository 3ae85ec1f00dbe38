import { describeEnum } from '@civic/subgraph-kit';

export enum DisputeCategory {
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  MARRIAGE_FAMILY = 'MARRIAGE_FAMILY',
  LAND_FOREST = 'LAND_FOREST',
  RESETTLEMENT = 'RESETTLEMENT',
  LABOUR = 'LABOUR',
  DEBT = 'DEBT',
  OTHER = 'OTHER',
}
describeEnum(DisputeCategory, 'DisputeCategory', 'What a dispute is about (纠纷类别).', {
  NEIGHBOURHOOD: 'Between neighbours (邻里纠纷).',
  MARRIAGE_FAMILY: 'Marriage and family (婚姻家庭纠纷).',
  LAND_FOREST: 'Land, hills and forests (土地山林纠纷).',
  RESETTLEMENT: 'Hydropower resettlement (移民安置纠纷).',
  LABOUR: 'Wages and work (劳资纠纷).',
  DEBT: 'Debts and loans (债权债务纠纷).',
  OTHER: 'Anything else (其他纠纷).',
});
