import { describeEnum } from '@civic/subgraph-kit';

export enum ExchangeGoodsCategory {
  GRAIN_AND_OIL = 'GRAIN_AND_OIL',
  FOOD = 'FOOD',
  DAILY_NECESSITIES = 'DAILY_NECESSITIES',
  CLEANING = 'CLEANING',
  STATIONERY = 'STATIONERY',
  OTHER = 'OTHER',
}
describeEnum(ExchangeGoodsCategory, 'ExchangeGoodsCategory', 'What sort of goods an exchange offers (商品类别).', {
  GRAIN_AND_OIL: 'Rice, flour, cooking oil (粮油).',
  FOOD: 'Other food and drink (食品).',
  DAILY_NECESSITIES: 'Towels, toothpaste, cups and other things of daily use (日用品).',
  CLEANING: 'Washing powder, soap and other cleaning goods (洗涤用品).',
  STATIONERY: 'School and office supplies (文具).',
  OTHER: 'Anything else (其他).',
});
