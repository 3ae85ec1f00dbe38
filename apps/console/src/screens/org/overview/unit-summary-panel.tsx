import { Alert, Card, Divider, Empty, Segmented, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import { graphql } from '../../../gql';
import type { OrgLevel } from '../../../gql/graphql';
import { LEVEL_LABELS } from '../../../shared/labels';
import { Loading } from '../../../shared/loading';
import { CampaignSelect } from '../../../shared/pickers/campaign-select';
import type { Period } from '../../../shared/pickers/period-picker';
import { labelOf } from '../../../shared/vocabulary';
import { ACCESSIBLE_GREEN, CoverageSection } from '../coverage-section';
import { FiguresRow } from '../figures-row';
import { periodLabel, periodVariables } from '../period-params';
import { ToneTag } from '../../../shared/tone-tag';

const UnitSummary = graphql(`
  query ConsoleOrgUnitSummary($id: ID!, $from: Date, $to: Date, $campaignId: ID!, $withCampaign: Boolean!, $gapLevel: OrgLevel!) {
    orgUnit(id: $id) {
      id
      name
      level
      volunteerStats(from: $from, to: $to) {
        volunteerCount
        teamCount
        serviceHours
      }
      campaignStats(from: $from, to: $to) {
        eventCount
        audienceTotal
      }
      trainingStats(from: $from, to: $to) {
        programCount
        participantCount
      }
      ...ConsoleUnitCoverage
      unitsWithoutEvents(level: $gapLevel, campaignId: $campaignId, from: $from, to: $to) @include(if: $withCampaign) {
        id
        name
      }
      venues {
        id
        name
        kind
      }
    }
    vocabulary {
      id
      venueKind {
        value
        label
      }
    }
  }
`);

export interface GapChoice {
  campaignId?: string;
  level: OrgLevel;
}

export interface UnitSummaryPanelProps {
  unitId: string;
  period: Period;
  gaps: GapChoice;
  onGapsChange(gaps: GapChoice): void;
}

/** The picked unit at a glance: its subtree's figures, its coverage gaps, the units without events, its venues. */
export function UnitSummaryPanel({ unitId, period, gaps, onGapsChange }: UnitSummaryPanelProps) {
  const query = useGraphQLQuery(
    UnitSummary,
    {
      id: unitId,
      ...periodVariables(period),
      campaignId: gaps.campaignId ?? '0',
      withCampaign: Boolean(gaps.campaignId),
      gapLevel: gaps.level,
    },
    { placeholderData: (previous) => previous },
  );
  if (query.error) return <Alert type="error" showIcon title={describeError(query.error)} />;
  const unit = query.data?.orgUnit;
  if (!query.data) return <Loading />;
  if (!unit) return <Empty description="没有找到该阵地" />;
  return (
    <Card
      title={
        <span>
          {unit.name}
          <Tag style={{ marginLeft: 8 }}>{LEVEL_LABELS[unit.level]}</Tag>
        </span>
      }
      extra={
        <Link to={`/org/${unit.id}${period.from || period.to ? `?${new URLSearchParams(periodVariablesForLink(period))}` : ''}`}>
          查看详情
        </Link>
      }
      loading={query.isFetching && query.data.orgUnit?.id !== unitId}
    >
      <Typography.Paragraph type="secondary">本级及下级，{periodLabel(period)}</Typography.Paragraph>
      <FiguresRow unit={unit} compact />
      <Divider titlePlacement="start">覆盖情况</Divider>
      <CoverageSection coverage={unit.coverage} asOf={period.to} />
      <Divider titlePlacement="start">未开展活动的单位</Divider>
      <Space wrap style={{ marginBottom: 12 }}>
        <CampaignSelect
          value={gaps.campaignId}
          onChange={(campaignId) => onGapsChange({ ...gaps, campaignId })}
          style={{ minWidth: 300 }}
        />
        <Segmented<OrgLevel>
          aria-label="单位层级"
          value={gaps.level}
          options={[
            { value: 'INSTITUTE', label: '实践所' },
            { value: 'STATION', label: '实践站' },
          ]}
          onChange={(level) => onGapsChange({ ...gaps, level })}
        />
      </Space>
      <UnitsWithoutEvents units={unit.unitsWithoutEvents} level={gaps.level} period={period} />
      <Divider titlePlacement="start">阵地资源（本级）</Divider>
      {unit.venues.length === 0 ? (
        <Typography.Text type="secondary">未登记阵地资源</Typography.Text>
      ) : (
        <Space size={[8, 8]} wrap>
          {unit.venues.map((venue) => (
            <ToneTag key={venue.id} tone="info">
              {venue.name} · {labelOf(query.data.vocabulary.venueKind, venue.kind)}
            </ToneTag>
          ))}
        </Space>
      )}
    </Card>
  );
}

function periodVariablesForLink(period: Period): Record<string, string> {
  return Object.fromEntries(Object.entries(period).filter(([, v]) => Boolean(v)));
}

function UnitsWithoutEvents({ units, level, period }: { units?: { id: string; name: string }[]; level: OrgLevel; period: Period }) {
  if (!units)
    return (
      <Typography.Paragraph type="secondary">
        选择一项活动，列出{periodLabel(period)}未开展该活动的{LEVEL_LABELS[level]}。
      </Typography.Paragraph>
    );
  if (units.length === 0)
    return <Typography.Paragraph style={{ color: ACCESSIBLE_GREEN }}>所有{LEVEL_LABELS[level]}都开展了该活动。</Typography.Paragraph>;
  return (
    <section aria-label="未开展活动的单位">
      <Typography.Text>
        {periodLabel(period)}未开展该活动的{LEVEL_LABELS[level]}（{units.length}）：
      </Typography.Text>
      <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
        {units.map((u) => (
          <Link key={u.id} to={`/org/${u.id}`}>
            <ToneTag tone="danger">{u.name}</ToneTag>
          </Link>
        ))}
      </Space>
    </section>
  );
}
