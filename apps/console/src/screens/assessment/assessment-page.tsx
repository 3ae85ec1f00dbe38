import { Alert, Card, Empty, Flex, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { describeError } from '../../api/api-error';
import { useGraphQLQuery } from '../../api/use-graphql';
import { useSignedIn } from '../../auth/session-context';
import { Loading } from '../../shared/loading';
import { labelOf } from '../../shared/vocabulary';
import { periodText } from '../../shared/period-text';
import { AssessmentSchemeDetail, AssessmentSchemeList } from './assessment-documents';
import { IndicatorEditor } from './indicators/indicator-editor';
import { InspectionsSection } from './inspections/inspections-section';
import { formatPoints } from './ranking/ranking-model';
import { RankingSection } from './ranking/ranking-section';
import { RecognitionsSection } from './recognitions/recognitions-section';
import { canAdjustIndicators, schemesInReach } from './scheme-access';
import { SchemePicker } from './scheme-picker';
import { useAssessmentParams, type AssessmentTab } from './use-assessment-params';

const TAB_LABELS: Record<AssessmentTab, string> = {
  ranking: '排名',
  indicators: '指标与权重',
  inspections: '督查整改',
  recognitions: '评优',
};

/** 考核评比: pick a scheme, then its ranking (with the figures behind every score), indicators, inspections and recognitions. */
export function AssessmentPage() {
  const session = useSignedIn();
  const { schemeId, tab, unitId, update } = useAssessmentParams();
  const list = useGraphQLQuery(
    AssessmentSchemeList,
    { ownCode: session.orgUnitCode ?? '', scoped: Boolean(session.orgUnitCode) },
    { staleTime: 60_000 },
  );
  const ownUnit = list.data?.orgUnitByCode ?? undefined;
  const schemes = useMemo(
    () => schemesInReach(list.data?.assessmentSchemes.edges.map((edge) => edge.node) ?? [], ownUnit),
    [list.data, ownUnit],
  );
  const selectedId = schemeId ?? schemes[0]?.id;
  const detail = useGraphQLQuery(AssessmentSchemeDetail, { id: selectedId ?? '' }, { enabled: Boolean(selectedId) });

  if (list.error) return <Alert type="error" showIcon title={describeError(list.error)} />;
  if (!list.data) return <Loading />;
  if (!selectedId) return <Empty description="暂无可查看的考核方案" />;

  const scheme = detail.data?.assessmentScheme;
  const vocabulary = detail.data?.vocabulary;
  return (
    // data-ranking-ready: the ranking on screen is the one last read (a save refreshes it).
    <Flex vertical gap={16} data-ranking-ready={Boolean(scheme) && !detail.isFetching}>
      <Card>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <header>
            <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
              考核评比
            </Typography.Title>
            {scheme && vocabulary && (
              <Typography.Text type="secondary">
                考核期间：{periodText(scheme.from, scheme.to)} · 方案状态：{labelOf(vocabulary.assessmentSchemeState, scheme.state)} ·
                考核对象：{labelOf(vocabulary.rankedLevel, scheme.rankedLevel)} · 满分 {formatPoints(scheme.weightTotal)} 分 · 制定单位：
                {scheme.ownerUnit.name}
              </Typography.Text>
            )}
          </header>
          <SchemePicker schemes={schemes} value={selectedId} onChange={(id) => update({ scheme: id, unit: undefined })} />
        </Flex>
        {scheme?.description && (
          <Typography.Paragraph style={{ margin: '12px 0 0' }} ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}>
            {scheme.description}
          </Typography.Paragraph>
        )}
      </Card>
      {detail.error && <Alert type="error" showIcon title={describeError(detail.error)} />}
      {!detail.error &&
        (!scheme || !vocabulary) &&
        (detail.data ? <Empty description="该考核方案不存在" /> : <Loading label="正在计算排名…" />)}
      {scheme && vocabulary && (
        <Card styles={{ body: { paddingTop: 4 } }}>
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ tab: key === 'ranking' ? undefined : key })}
            items={(Object.keys(TAB_LABELS) as AssessmentTab[]).map((key) => ({ key, label: TAB_LABELS[key] }))}
          />
          {tab === 'ranking' && (
            <RankingSection
              scheme={scheme}
              vocabulary={vocabulary}
              openUnitId={unitId}
              onOpenUnit={(id) => update({ unit: id })}
              refreshing={detail.isFetching}
            />
          )}
          {tab === 'indicators' && (
            <IndicatorEditor
              scheme={scheme}
              kindLabels={vocabulary.assessmentIndicatorKind}
              editable={canAdjustIndicators(session.role, ownUnit?.id, scheme)}
              onReload={() => detail.refetch()}
            />
          )}
          {tab === 'inspections' && <InspectionsSection scheme={scheme} />}
          {tab === 'recognitions' && <RecognitionsSection schemeId={scheme.id} />}
        </Card>
      )}
    </Flex>
  );
}
