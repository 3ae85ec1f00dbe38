import { ConnectionType } from '@civic/subgraph-kit';
import { LectureGroup } from './lecture-group.type';

export const LectureGroupConnection = ConnectionType(LectureGroup, 'LectureGroup', 'lecture groups (宣讲小组)');
