import { Col, Empty, Progress, Row, Space, Typography } from 'antd';
import { graphql } from '../../gql';
import type { ConsoleUnitCoverageFragment } from '../../gql/graphql';
import { ToneTag } from '../../shared/tone-tag';

/** What the coverage section shows, spread into the unit page's and the overview panel's queries (their `$to` is the day it is read on). */
export const UnitCoverageFields = graphql(`
  fragment ConsoleUnitCoverage on OrgUnit {
    coverage(asOf: $to) {
      region {
        name
      }
      townships {
        total
        covered
        percentCovered
        uncovered {
          code
          name
        }
      }
      villages {
        total
        covered
        percentCovered
        uncovered {
          code
          name
        }
      }
    }
  }
`);

export type Coverage = NonNullable<ConsoleUnitCoverageFragment['coverage']>;
type Tier = Coverage['villages'];

/** Ant Design's success green is too light for text on white (WCAG AA); this one reads at 7:1. */
export const ACCESSIBLE_GREEN = '#237804';

/**
 * 覆盖情况: which townships lack an institute and which villages lack a station (the gaps), for a
 * center or an institute; other units have no coverage to report (the API answers null).
 */
export function CoverageSection({ coverage, asOf }: { coverage: Coverage | null | undefined; asOf?: string }) {
  if (!coverage) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本单位不统计覆盖情况（仅实践中心、实践所统计）" />;
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={12}>
        <TierCoverage title="乡镇（街道）建有实践所" tier={coverage.townships} gapNoun="未建实践所的乡镇" />
      </Col>
      <Col xs={24} md={12}>
        <TierCoverage title="村（社区）建有实践站" tier={coverage.villages} gapNoun="未建实践站的村（社区）" />
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary">
          {coverage.region.name}，截至{asOf ?? '今日'}
        </Typography.Text>
      </Col>
    </Row>
  );
}

function TierCoverage({ title, tier, gapNoun }: { title: string; tier: Tier; gapNoun: string }) {
  if (tier.total === 0) return null;
  return (
    <div>
      <Typography.Text strong>
        {title}：{tier.covered} / {tier.total}
      </Typography.Text>
      <Progress percent={tier.percentCovered ?? 0} status="normal" format={(p) => `${p}%`} aria-label={`${title}覆盖率`} />
      {tier.uncovered.length === 0 ? (
        <Typography.Text style={{ color: ACCESSIBLE_GREEN }}>已全覆盖</Typography.Text>
      ) : (
        <section aria-label={gapNoun}>
          <Typography.Text>
            {gapNoun}（{tier.uncovered.length}）：
          </Typography.Text>
          <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
            {tier.uncovered.map((region) => (
              <ToneTag key={region.code} tone="warning">
                {region.name}
              </ToneTag>
            ))}
          </Space>
        </section>
      )}
    </div>
  );
}
