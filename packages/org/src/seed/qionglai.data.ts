import { DesignationKind } from '../designation/designation-kind.enum';

/**
 * Qionglai (邛崃市, Chengdu) below its center, for 《邛崃市组织开展新时代文明实践专题学习提升培训》 (刘莹).
 * From the report: the towns and streets (镇、街道) whose staff came to the course, the 春台社区 station
 * the trainees visited, and the 15 practice points pre-applied (预申报) in 2021 for 成都市级新时代文明实践点.
 * Official: 邛崃市 510183 (GB/T 2260) and the township names. Illustrative: the townships' 12-digit
 * codes, every station but 春台社区, the 15 points' names, and the applications' days, reasons and
 * reviewers (the report says they were pre-applied in 2021, before the July course, not when or how far
 * each has got; none is decided here).
 */
export const QIONGLAI = {
  countyCode: '510183',
  centerCode: '510183-ZX',
  /** Streets (街道) get 0nn, towns (镇) 1nn as the township part of their codes (illustrative). */
  townships: [
    { name: '临邛街道', number: '001', stations: ['春台社区', '南街社区', '西街社区'] },
    { name: '文君街道', number: '002', stations: ['文君社区', '凤凰社区'] },
    { name: '羊安街道', number: '003', stations: ['羊安社区', '永丰社区'] },
    { name: '固驿街道', number: '004', stations: ['固驿社区', '公义社区'] },
    { name: '桑园镇', number: '100', stations: ['桑园社区', '机场村'] },
    { name: '平乐镇', number: '101', stations: ['平乐社区', '花楸村'] },
    { name: '夹关镇', number: '102', stations: ['夹关社区', '周河村'] },
    { name: '火井镇', number: '103', stations: ['火井社区', '纸房村'] },
    { name: '天台山镇', number: '104', stations: ['天台山社区', '马岩村'] },
    { name: '南宝山镇', number: '105', stations: ['南宝山社区', '金宝村'] },
    { name: '高何镇', number: '106', stations: ['高何社区', '沙坝村'] },
    { name: '大同镇', number: '107', stations: ['大同社区', '毛河村'] },
    { name: '牟礼镇', number: '108', stations: ['牟礼社区', '永丰村'] },
    { name: '冉义镇', number: '109', stations: ['冉义社区', '大林村'] },
  ],
  /** The 15 points pre-applied in 2021 (names illustrative), each under its township's institute. */
  practicePoints: [
    { township: '临邛街道', name: '临邛古城新时代文明实践点' },
    { township: '临邛街道', name: '邛窑遗址新时代文明实践点' },
    { township: '文君街道', name: '文君井新时代文明实践点' },
    { township: '羊安街道', name: '羊安工业园区新时代文明实践点' },
    { township: '固驿街道', name: '固驿场镇新时代文明实践点' },
    { township: '桑园镇', name: '桑园镇农业园区新时代文明实践点' },
    { township: '平乐镇', name: '平乐古镇新时代文明实践点' },
    { township: '夹关镇', name: '夹关古镇新时代文明实践点' },
    { township: '火井镇', name: '火井镇茶山新时代文明实践点' },
    { township: '天台山镇', name: '天台山景区新时代文明实践点' },
    { township: '南宝山镇', name: '南宝山镇生态茶园新时代文明实践点' },
    { township: '高何镇', name: '高何镇乡村振兴学堂新时代文明实践点' },
    { township: '大同镇', name: '大同镇农耕文化新时代文明实践点' },
    { township: '牟礼镇', name: '牟礼镇农民夜校新时代文明实践点' },
    { township: '冉义镇', name: '冉义镇农业产业园新时代文明实践点' },
  ],
  application: {
    kind: DesignationKind.CITY_PRACTICE_POINT,
    title: '成都市级新时代文明实践点',
    authorityCode: '510100-ZX',
    /** Pre-applied in the weeks before the course (illustrative days). */
    firstAppliedOn: '2021-06-01',
    submittedBy: { actor: 'demo:qionglai-civilization-office', role: 'ORG_ADMIN', orgUnit: '510183-ZX' },
    /** Every third point has been taken up for review by Chengdu's center (illustrative). */
    reviewedBy: { actor: 'demo:chengdu-civilization-office', role: 'ORG_ADMIN', orgUnit: '510100-ZX' },
    reviewedOn: '2021-09-15',
  },
} as const;
