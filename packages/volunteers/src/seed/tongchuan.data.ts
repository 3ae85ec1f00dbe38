/**
 * Tongchuan's child docents, after the report 《铜川市弘扬"照金精神" 传承红色基因》 (翟静 秦小文): the
 * city formed the "红孩儿" lecture group (宣讲团) and the "小红星讲解团" volunteer team, which gave
 * 150+ lectures across the city. Their members, registration dates, homes and the few service
 * records below are illustrative; the children are synthetic.
 */
export const TONGCHUAN_VOLUNTEERS = {
  centerCode: '610200-ZX',
  /** Resident ID numbers of the demo people carry 王益区's region code (GB/T 2260). */
  region: '610202',
  /**
   * Inserted right after Huidong's 90,000, so 红孩儿 are volunteers 90001–90040 and 小红星
   * 90041–90080 (the campaigns subgraph's lecture groups name these ids as their members).
   */
  groups: [
    { name: '铜川市"红孩儿"宣讲团', members: 40, registeredFrom: '2021-03-20', lecture: '"红孩儿"宣讲团巡回宣讲党史故事' },
    { name: '铜川市"小红星讲解团"志愿服务队', members: 40, registeredFrom: '2021-04-10', lecture: '"小红星"讲解员讲解照金精神' },
  ],
  /** The groups' theme, one of the configured team themes. */
  theme: '理论宣讲与宣传教育',
  /** Adult volunteers in Tongchuan's units, after the children (ids 90081 on): teachers and guides (illustrative). */
  adults: 20,
  /** Lecture tours per child, between June and November 2021 (illustrative; the report counts 150+ lectures in all). */
  toursPerChild: 2,
  surnames: '王李张刘陈杨赵吴周徐孙马朱胡郭何高林罗郑',
  childNames: '子涵梓萱一诺浩宇欣怡宇轩雨桐思远佳琪俊熙',
  adultNames: '建军丽华晓梅志刚秀兰国平',
} as const;
