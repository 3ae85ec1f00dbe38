/**
 * The workspace demo data: what a Huidong propaganda department and the analysts would have saved.
 * Made up for the demo (the 2021 reports describe the work, not the screens); the view's figures
 * are the campaigns subgraph's, read by the console when it shows the view.
 */
export const HUIDONG_CENTER_CODE = '513426-ZX';

export const DEMO_VIEW = {
  name: '会东县党史学习教育宣讲看板',
  description: '党史学习教育宣讲的场次、受众和参与志愿者，供县委宣传部每周调度使用。',
  // In the console's panel format (apps/console, screens/views/definition); the Huidong center's
  // subtree over the 2021 lecture season, every campaign of it.
  definition: JSON.stringify({
    version: 1,
    panels: [
      {
        id: 'p1',
        kind: 'headline',
        title: '宣讲场次',
        filters: { from: '2021-03-01', to: '2021-12-31' },
        options: { width: 'full', metrics: ['events', 'audience', 'volunteers', 'hours'] },
      },
      {
        id: 'p2',
        kind: 'breakdown',
        title: '按场所类型（五进）',
        filters: { from: '2021-03-01', to: '2021-12-31' },
        options: { width: 'half', source: 'events', dimension: 'VENUE_TYPE', measure: 'eventCount', chart: 'pie' },
      },
      {
        id: 'p3',
        kind: 'trend',
        title: '逐月宣讲场次',
        filters: { from: '2021-03-01', to: '2021-12-31' },
        options: { width: 'half', source: 'events', measure: 'eventCount' },
      },
      {
        id: 'p4',
        kind: 'top',
        title: '乡镇宣讲场次排行',
        filters: { from: '2021-03-01', to: '2021-12-31' },
        options: { width: 'half', subject: 'units', source: 'events', dimension: 'TOWNSHIP', measure: 'eventCount', limit: 10 },
      },
      { id: 'p5', kind: 'coverage', title: '实践站覆盖情况', filters: {}, options: { width: 'half', level: 'STATION' } },
    ],
  }),
};

export const DEMO_QUERY = {
  name: '各乡镇志愿服务时长',
  description: '会东县各乡镇（文明实践所）志愿者2021年经审核的服务时长、服务次数和参与人数。',
  query: `query TownshipServiceHours($code: String!, $from: Date!, $to: Date!) {
  orgUnitByCode(code: $code) {
    name
    serviceHoursBreakdown(dimensions: [TOWNSHIP], from: $from, to: $to) {
      keys {
        dimension
        key
        label
      }
      hours
      recordCount
      volunteerCount
    }
  }
}
`,
  variables: JSON.stringify({ code: HUIDONG_CENTER_CODE, from: '2021-01-01', to: '2021-12-31' }),
};

/** Who the demo records say saved them. */
export const SEED_AUTHOR = 'seed';
