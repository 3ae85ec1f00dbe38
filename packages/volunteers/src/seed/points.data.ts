/**
 * Huidong's points (积分制) and exchanges (爱心超市), after the practice the reports describe in
 * Qufu, Jinfeng, Zhao'an and Changdu: every approved hour earns 10 points, spent on daily goods at
 * shops in the township institutes, a village vending machine and a stall that follows the market
 * days. Names of the places are the demo's units; addresses, hours, goods, prices and stock are
 * illustrative.
 */
export const HUIDONG_POINTS = {
  countyCode: '513426-ZX',
  pointsPerHour: 10,
  /** The rule dates from the center's unveiling. */
  rateSetAt: '2020-07-08T09:00:00+08:00',
  exchanges: [
    {
      unitCode: '513426100000-SJS',
      name: '会东街道爱心超市',
      kind: 'SHOP',
      address: '会东街道新时代文明实践所一楼',
      openingNote: '周一至周五 9:00–17:30',
      goods: 'shop',
      volunteers: 60,
    },
    {
      unitCode: '513426101000-SJS',
      name: '鲹鱼河镇爱心超市',
      kind: 'SHOP',
      address: '鲹鱼河镇新时代文明实践所',
      openingNote: '每周六 9:00–17:00',
      goods: 'shop',
      volunteers: 60,
    },
    {
      unitCode: '513426103000-SJS',
      name: '姜州镇爱心超市',
      kind: 'SHOP',
      address: '姜州镇新时代文明实践所',
      openingNote: '每周三、周六 9:00–16:00',
      goods: 'shop',
      volunteers: 60,
    },
    {
      unitCode: '513426105000-SJS',
      name: '堵格镇爱心超市',
      kind: 'SHOP',
      address: '堵格镇新时代文明实践所',
      openingNote: '每周六 9:00–17:00',
      goods: 'shop',
      volunteers: 60,
    },
    {
      unitCode: '513426114000-SJS',
      name: '大桥镇流动爱心超市',
      kind: 'MOBILE',
      address: null,
      openingNote: '逢赶场日进村，每月初在所里公布路线',
      goods: 'shop',
      volunteers: 30,
    },
    {
      unitCode: '513426101200-SJZ',
      name: '小岔河村积分兑换机',
      kind: 'VENDING_MACHINE',
      address: '小岔河村新时代文明实践站门口',
      openingNote: '全天，刷志愿者码兑换',
      goods: 'machine',
      volunteers: 15,
    },
  ],
  /** What a shop stocks and what a machine holds: name, category, points, items on hand now. */
  goods: {
    shop: [
      { name: '大米（5公斤）', category: 'GRAIN_AND_OIL', price: 150, stock: 24 },
      { name: '菜籽油（1.8升）', category: 'GRAIN_AND_OIL', price: 120, stock: 18 },
      { name: '洗衣粉（1公斤）', category: 'CLEANING', price: 40, stock: 35 },
      { name: '毛巾', category: 'DAILY_NECESSITIES', price: 25, stock: 50 },
      { name: '牙膏', category: 'DAILY_NECESSITIES', price: 20, stock: 60 },
      { name: '文具套装', category: 'STATIONERY', price: 50, stock: 30 },
      { name: '保温杯', category: 'DAILY_NECESSITIES', price: 300, stock: 6 },
    ],
    machine: [
      { name: '牙膏', category: 'DAILY_NECESSITIES', price: 20, stock: 12 },
      { name: '毛巾', category: 'DAILY_NECESSITIES', price: 25, stock: 10 },
      { name: '洗衣粉（500克）', category: 'CLEANING', price: 25, stock: 8 },
      { name: '作业本（10本）', category: 'STATIONERY', price: 20, stock: 0 },
    ],
  },
  /** Volunteers shop with points they had by this day, and only after it, until the end of 2021. */
  earnedBefore: '2021-07-01',
  shoppingDays: 176,
  /** Orders still waiting at the end of 2021: made on or after this day and not yet collected. */
  stillOrderedFrom: '2021-12-10',
  /** How many orders were cancelled, and why. */
  cancelReasons: ['外出务工，暂不领取', '下单时选错了商品'],
  /** Bonuses (奖励积分) by the county or an institute to the volunteers who served the most in a mobilisation or on a theme. */
  bonuses: [
    { reason: '防汛抢险突出表现', unitCode: '513426-ZX', points: 100, on: '2021-10-15', mobilisation: 'FLOOD_PREVENTION', top: 20 },
    { reason: '疫情防控志愿服务表彰', unitCode: '513426-ZX', points: 50, on: '2021-04-20', mobilisation: 'EPIDEMIC_CONTROL', top: 30 },
    { reason: '周末大扫除积极分子', unitCode: '513426101000-SJS', points: 30, on: '2021-11-20', description: '周末大扫除', top: 10 },
  ],
} as const;
