import { describeEnum } from '@civic/subgraph-kit';

export enum VisitorKind {
  GRID_WORKER = 'GRID_WORKER',
  VILLAGE_CADRE = 'VILLAGE_CADRE',
  VOLUNTEER = 'VOLUNTEER',
}
describeEnum(VisitorKind, 'VisitorKind', 'Who made a door-to-door visit (走访人员类别).', {
  GRID_WORKER: 'A grid worker (网格员).',
  VILLAGE_CADRE: 'A village or community cadre (村社干部).',
  VOLUNTEER: 'A volunteer (志愿者), optionally linked to the registered Volunteer.',
});
