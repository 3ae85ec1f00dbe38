import { Checkbox, Segmented, Select } from 'antd';
import {
  CHART_TYPE_LABELS,
  COVERAGE_LEVEL_LABELS,
  HEADLINE_METRIC_LABELS,
  SOURCES,
  TABLE_ORDER_LABELS,
  TOP_SUBJECT_LABELS,
  UNIT_DIMENSION_VALUES,
} from '../definition/panel-catalog';
import { fitSource } from '../definition/parse-view-definition';
import {
  CHART_TYPES,
  COVERAGE_LEVELS,
  DATA_SOURCES,
  HEADLINE_METRICS,
  TABLE_ORDERS,
  TOP_SUBJECTS,
  type DataSource,
  type Panel,
} from '../definition/view-definition';
import { Setting } from './panel-settings';

const SOURCE_OPTIONS = DATA_SOURCES.map((value) => ({ value, label: SOURCES[value].label }));
const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** The settings particular to a kind of panel: figures, source, dimension, measure, chart, size. */
export function PanelOptionFields({ panel, onChange }: { panel: Panel; onChange(panel: Panel): void }) {
  const id = (name: string) => `${panel.id}-${name}`;
  const withOptions = (patch: Record<string, unknown>) => {
    const options = { ...panel.options, ...patch } as Panel['options'] & { source?: DataSource; dimension?: string; measure?: string };
    if (options.source) fitSource(options as { source: DataSource; dimension?: string; measure: string });
    onChange({ ...panel, options } as Panel);
  };
  const sourceField = (source: DataSource) => (
    <Setting label="数据" htmlFor={id('source')}>
      <Select id={id('source')} value={source} options={SOURCE_OPTIONS} onChange={(value) => withOptions({ source: value })} />
    </Setting>
  );
  const measureField = (source: DataSource, measure: string) => (
    <Setting label="指标" htmlFor={id('measure')}>
      <Select id={id('measure')} value={measure} options={SOURCES[source].measures} onChange={(value) => withOptions({ measure: value })} />
    </Setting>
  );

  switch (panel.kind) {
    case 'headline':
      return (
        <Setting label="显示的数字" wide>
          <Checkbox.Group
            role="group"
            aria-label="显示的数字"
            value={panel.options.metrics}
            options={HEADLINE_METRICS.map((value) => ({ value, label: HEADLINE_METRIC_LABELS[value].label }))}
            onChange={(metrics) => metrics.length > 0 && withOptions({ metrics: HEADLINE_METRICS.filter((m) => metrics.includes(m)) })}
          />
        </Setting>
      );
    case 'breakdown':
      return (
        <>
          {sourceField(panel.options.source)}
          <Setting label="分组" htmlFor={id('dimension')}>
            <Select
              id={id('dimension')}
              value={panel.options.dimension}
              options={SOURCES[panel.options.source].dimensions}
              onChange={(value) => withOptions({ dimension: value })}
            />
          </Setting>
          {measureField(panel.options.source, panel.options.measure)}
          <Setting label="图表" htmlFor={id('chart')}>
            <Segmented
              id={id('chart')}
              value={panel.options.chart}
              options={choices(CHART_TYPES, CHART_TYPE_LABELS)}
              onChange={(value) => withOptions({ chart: value })}
            />
          </Setting>
        </>
      );
    case 'trend':
      return (
        <>
          {sourceField(panel.options.source)}
          {measureField(panel.options.source, panel.options.measure)}
        </>
      );
    case 'table':
      return (
        <>
          <Setting label="显示条数" htmlFor={id('page-size')}>
            <Select
              id={id('page-size')}
              value={panel.options.pageSize}
              options={[5, 10, 20, 50].map((value) => ({ value, label: `${value} 条` }))}
              onChange={(value) => withOptions({ pageSize: value })}
            />
          </Setting>
          <Setting label="排序" htmlFor={id('order')}>
            <Select
              id={id('order')}
              value={panel.options.order}
              options={choices(TABLE_ORDERS, TABLE_ORDER_LABELS)}
              onChange={(value) => withOptions({ order: value })}
            />
          </Setting>
        </>
      );
    case 'top':
      return (
        <>
          <Setting label="排行对象" htmlFor={id('subject')}>
            <Select
              id={id('subject')}
              value={panel.options.subject}
              options={choices(TOP_SUBJECTS, TOP_SUBJECT_LABELS)}
              onChange={(value) => withOptions({ subject: value })}
            />
          </Setting>
          {panel.options.subject === 'units' && (
            <>
              {sourceField(panel.options.source)}
              <Setting label="单位层级" htmlFor={id('dimension')}>
                <Select
                  id={id('dimension')}
                  value={panel.options.dimension}
                  options={SOURCES[panel.options.source].dimensions.filter((d) => UNIT_DIMENSION_VALUES.includes(d.value))}
                  onChange={(value) => withOptions({ dimension: value })}
                />
              </Setting>
              {measureField(panel.options.source, panel.options.measure)}
            </>
          )}
          <Setting label="名次数" htmlFor={id('limit')}>
            <Select
              id={id('limit')}
              value={panel.options.limit}
              options={[5, 10, 20].map((value) => ({ value, label: `前 ${value} 名` }))}
              onChange={(value) => withOptions({ limit: value })}
            />
          </Setting>
        </>
      );
    case 'coverage':
      return (
        <Setting label="未开展活动的单位（需选活动）" htmlFor={id('level')}>
          <Select
            id={id('level')}
            value={panel.options.level}
            options={choices(COVERAGE_LEVELS, COVERAGE_LEVEL_LABELS)}
            onChange={(value) => withOptions({ level: value })}
          />
        </Setting>
      );
  }
}
