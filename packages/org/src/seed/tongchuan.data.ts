/**
 * Tongchuan (铜川市, Shaanxi) below its city center, for 《铜川市弘扬"照金精神" 传承红色基因》 (翟静, 秦小文).
 * From the report: the red sites the city's pupils visit, 照金纪念馆, 陈家坡会议旧址 and 铜川博物馆 (exact
 * names: the campaigns seed finds them by name), and 照金, whose revolutionary base the sites belong to.
 * Official (GB/T 2260): the districts and county and their codes (王益区 610202, 印台区 610203, 耀州区
 * 610204, 宜君县 610222). Real township names, but their 12-digit codes, the stations' names and codes,
 * and the 铜川新区 center (a development area without a GB/T 2260 code, so no region) are illustrative.
 */
export const TONGCHUAN = {
  cityCenterCode: '610200-ZX',
  cityCode: '610200',
  districts: [
    {
      code: '610202',
      name: '王益区',
      townships: [
        { name: '七一路街道', number: '001', stations: ['七一路社区', '建材社区'] },
        { name: '红旗街街道', number: '002', stations: ['红旗街社区', '玉皇阁社区'] },
        { name: '黄堡镇', number: '100', stations: ['黄堡村', '书堂村'] },
      ],
    },
    {
      code: '610203',
      name: '印台区',
      townships: [
        { name: '城关街道', number: '001', stations: ['南街社区', '北关社区'] },
        { name: '陈炉镇', number: '100', stations: ['陈炉村', '永安村'] },
        { name: '红土镇', number: '101', stations: ['红土村', '惠家沟村'] },
      ],
    },
    {
      code: '610204',
      name: '耀州区',
      townships: [
        { name: '永安路街道', number: '001', stations: ['永安路社区', '药王社区'] },
        { name: '照金镇', number: '100', stations: ['照金社区', '北梁村', '田峪村'] },
        { name: '庙湾镇', number: '101', stations: ['庙湾村', '夹道村'] },
        { name: '小丘镇', number: '102', stations: ['小丘村', '移寨村'] },
      ],
    },
    {
      code: '610222',
      name: '宜君县',
      townships: [
        { name: '宜阳街道', number: '001', stations: ['东关社区', '西关社区'] },
        { name: '彭镇', number: '100', stations: ['彭镇村', '雷塬村'] },
        { name: '五里镇', number: '101', stations: ['五里村', '武家塬村'] },
      ],
    },
  ],
  newArea: { code: '610200-XQ-ZX', name: '铜川新区新时代文明实践中心' },
  /** The report's red sites, exact names (study visits are linked to them by name). */
  redSites: [
    { name: '照金纪念馆', township: '照金镇', capacity: 500 },
    { name: '陈家坡会议旧址', township: '照金镇', capacity: 120 },
    { name: '铜川博物馆', township: null, capacity: 800 },
  ],
} as const;
