import { Col, Row, Statistic } from 'antd';
import { formatCount } from '../../shared/labels';

export interface UnitFigures {
  volunteerStats: { volunteerCount: number; teamCount: number; serviceHours: number };
  campaignStats: { eventCount: number; audienceTotal: number };
  trainingStats: { programCount: number; participantCount: number };
}

/** A unit's headline figures (本级及下级): volunteers, teams, hours, events, audience, training. */
export function FiguresRow({ unit, compact = false }: { unit: UnitFigures; compact?: boolean }) {
  const figures = [
    { title: '注册志愿者', value: unit.volunteerStats.volunteerCount, suffix: '人' },
    { title: '志愿服务队', value: unit.volunteerStats.teamCount, suffix: '支' },
    { title: '服务时长', value: unit.volunteerStats.serviceHours, suffix: '小时' },
    { title: '活动场次', value: unit.campaignStats.eventCount, suffix: '场' },
    { title: '受众人次', value: unit.campaignStats.audienceTotal, suffix: '人次' },
    { title: '培训项目', value: unit.trainingStats.programCount, suffix: `个 · ${formatCount(unit.trainingStats.participantCount)} 人次` },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.title} xs={12} md={compact ? 8 : 4}>
          <Statistic title={f.title} value={formatCount(f.value)} suffix={f.suffix} />
        </Col>
      ))}
    </Row>
  );
}
