/**
 * Huidong County (会东县) volunteer professional training, after the 2021 report
 * 《会东县新时代文明实践工作稳步推进》 (朱艳): four professional trainings a year for volunteers,
 * given with the help of the health, education, science, agriculture and culture departments.
 * Not reported (illustrative): titles, dates, places, capacities and enrollment counts;
 * participants are synthetic.
 */
export const HUIDONG_TRAINING = {
  centerCode: '513426-ZX',
  year: 2021,
  programs: [
    {
      title: '2021年会东县卫生健康志愿服务专业培训',
      departments: ['卫健'],
      startsOn: '2021-03-23',
      endsOn: '2021-03-24',
      place: '会东县新时代文明实践卫生健康分中心',
      capacity: 80,
      enrollmentCount: 64,
    },
    {
      title: '2021年会东县教育志愿服务专业培训',
      departments: ['教育'],
      startsOn: '2021-05-18',
      endsOn: '2021-05-18',
      place: '会东县新时代文明实践教育体育分中心',
      capacity: 60,
      enrollmentCount: 48,
    },
    {
      title: '2021年会东县科技助农志愿服务专业培训',
      departments: ['科技', '农业'],
      startsOn: '2021-08-10',
      endsOn: '2021-08-12',
      place: '会东县新时代文明实践农业农村分中心',
      capacity: 80,
      enrollmentCount: 72,
    },
    {
      title: '2021年会东县文化文艺志愿服务专业培训',
      departments: ['文化'],
      startsOn: '2021-11-16',
      endsOn: '2021-11-17',
      place: '会东县新时代文明实践文化广播电视和旅游分中心',
      capacity: 50,
      enrollmentCount: 36,
    },
  ],
  /** Volunteer ids 1..90000 exist in the volunteers demo (90,000+ registered volunteers). */
  volunteerIdRange: 90_000,
  surnames:
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏',
  givenNames: '建华秀兰志刚丽娟德明春梅国强玉珍永红海英文斌小芳光荣明辉晓燕学军桂芝成林淑芬',
} as const;

export type HuidongTrainingProgram = (typeof HUIDONG_TRAINING.programs)[number];
