import { Alert, Card, Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useHref } from 'react-router';
import { describeError } from '../../api/api-error';
import { useSignedIn } from '../../auth/session-context';
import { Loading } from '../../shared/loading';
import { BreakdownCharts } from './breakdown-charts';
import { drillTrail, gauges, headline, unitBreakdown } from './chart-data';
import { EventTable } from './event-table';
import { exportViewXlsx } from './export-view';
import { HeadlineFigures } from './headline-figures';
import { periodText } from '../../shared/period-text';
import { ScopeTrail } from './scope-trail';
import { EVENT_PAGE_SIZE, useViewEvents, useViewFigures } from './use-campaign-view';
import { useDefaultView } from './use-default-view';
import { useViewState } from './use-view-state';
import { DEFAULT_SORT, wallParams } from './view-state';
import { ViewActions, ViewFilters } from './view-toolbar';

/**
 * 活动看板: one campaign's figures over a scope and a period, its charts, drill-down by unit, and
 * its events. Everything it shows comes from the URL; a refresh is two requests (figures, list).
 */
export function CampaignViewPage() {
  const session = useSignedIn();
  const controls = useViewState();
  const { state, update } = controls;
  const defaults = useDefaultView(controls);
  const figures = useViewFigures(state);
  const events = useViewEvents(state);
  const wallHref = useHref(`/wall/campaign?${wallParams(state).toString()}`);
  const data = figures.data;
  const view = useMemo(() => {
    if (!data?.campaign || !data.orgUnit) return undefined;
    return {
      campaign: data.campaign,
      unit: data.orgUnit,
      headline: headline(data.orgUnit),
      gauges: gauges(data.campaign, data.orgUnit),
      trail: drillTrail(data.orgUnit, session.orgUnitCode),
    };
  }, [data, session.orgUnitCode]);

  if (defaults.error) return <Alert type="error" showIcon title={describeError(defaults.error)} />;
  if (defaults.resolving) return <Loading />;
  if (!defaults.found) return <Empty description="暂无可查看的活动" />;
  if (figures.error) return <Alert type="error" showIcon title={describeError(figures.error)} />;
  if (!data) return <Loading label="正在统计…" />;
  if (!view) return <Alert type="warning" showIcon title="活动或统计范围不存在，请重新选择。" />;

  const { campaign, unit } = view;
  const filePrefix = `${campaign.name}-${unit.name}`;
  const drill = (scopeId: string) => update({ scopeId });
  return (
    // data-figures-ready: where the budgets script (npm run bench:console) sees the figures on screen.
    <Flex vertical gap={16} data-figures-ready={!figures.isFetching}>
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <header>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {campaign.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            主办：{campaign.organizer.name} · 活动期间：{periodText(campaign.startsOn, campaign.endsOn)}
          </Typography.Text>
        </header>
        <ViewActions
          wallHref={wallHref}
          refreshing={figures.isFetching || events.isFetching}
          onRefresh={() => void Promise.all([figures.refetch(), events.refetch()])}
          onExport={() => exportViewXlsx(state, unitBreakdown(unit).dimension, `${filePrefix}.xlsx`, session.token)}
        />
      </Flex>
      <ViewFilters state={state} scopeName={unit.name} onChange={(change) => update(change)} />
      <ScopeTrail steps={view.trail} onPick={drill} />
      <HeadlineFigures
        figures={view.headline}
        gauges={view.gauges}
        eventTarget={view.gauges.some((g) => g.key === 'eventTarget') ? campaign.eventTarget : null}
        campaignEventCount={campaign.stats.eventCount}
      />
      <BreakdownCharts
        unit={unit}
        vocabulary={data.vocabulary}
        monthSpan={{ from: state.from ?? campaign.startsOn, to: state.to ?? campaign.endsOn }}
        filePrefix={filePrefix}
        onDrill={drill}
      />
      <Card size="small">
        <EventTable
          data={events.data}
          loading={events.isFetching}
          sort={state.sort}
          search={state.search}
          pageNumber={state.after ? (controls.pagesBefore > 0 ? controls.pagesBefore + 1 : undefined) : 1}
          pageSize={EVENT_PAGE_SIZE}
          onSort={(sort) => update({ sort: sort ?? DEFAULT_SORT })}
          onSearch={(search) => update({ search })}
          onNext={controls.nextPage}
          onPrevious={controls.previousPage}
          onFirst={() => update({ after: undefined })}
        />
      </Card>
    </Flex>
  );
}
