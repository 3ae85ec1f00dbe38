/**
 * The agenda of Huidong's four 2021 volunteer professional trainings (see huidong.data.ts): the
 * report says only that the health, education, science, agriculture and culture departments give
 * them. Illustrative: an opening and a closing, one lecture a day by the department's sub-center
 * (513426-FZX-01..05), the lecture titles and hours, and that every trainee who attended was present
 * at every session and completed with a certificate numbered HD-ZYPX-2021-<program>-<nnn>.
 */
export const HUIDONG_AGENDA = {
  openingSpeakerPosition: '会东县文明办负责人',
  lectures: [
    { position: '会东县新时代文明实践卫生健康分中心讲师', titles: ['院前急救与心肺复苏志愿服务技能', '健康科普宣讲志愿服务方法'] },
    { position: '会东县新时代文明实践教育体育分中心讲师', titles: ['关爱留守儿童志愿服务方法与案例'] },
    {
      position: '会东县新时代文明实践科学技术、农业农村分中心讲师',
      titles: ['农村实用技术推广志愿服务', '特色种植养殖技术指导', '科技助农志愿服务案例交流'],
    },
    { position: '会东县新时代文明实践文化广播电视和旅游分中心讲师', titles: ['群众文艺志愿服务的组织与排练', '文明实践文艺宣讲的编创'] },
  ],
  certificatePrefix: 'HD-ZYPX-2021-',
} as const;
