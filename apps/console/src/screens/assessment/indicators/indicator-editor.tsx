import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { operationName, useGraphQLMutation } from '../../../api/use-graphql';
import type { Term } from '../../../shared/vocabulary';
import { FormFeedback } from '../../../shared/forms/form-feedback';
import { AssessmentSchemeDetail, UpdateAssessmentIndicator } from '../assessment-documents';
import { formatIndicatorValue, isShare, maxTarget, targetUnit } from '../indicator-words';
import { formatPoints, type SchemeDetail, type SchemeIndicator } from '../ranking/ranking-model';
import { draftOf, indicatorSaveProblem, updateInput, type IndicatorDraft, type IndicatorSaveProblem } from './indicator-edit';

export interface IndicatorEditorProps {
  scheme: SchemeDetail;
  kindLabels: readonly Term[];
  /** Whether the user may change targets and weights (the API decides again on save). */
  editable: boolean;
  onReload(): Promise<unknown>;
}

/**
 * 指标与权重: the scheme's indicators with their targets and weights. Who may write changes one
 * indicator at a time (保存), sent with the version read; the ranking is then read again, so the new
 * order shows at once. Everyone else reads the same values.
 */
export function IndicatorEditor({ scheme, kindLabels, editable, onReload }: IndicatorEditorProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useGraphQLMutation(UpdateAssessmentIndicator);
  const [drafts, setDrafts] = useState<Record<string, IndicatorDraft>>({});
  const [problems, setProblems] = useState<Record<string, IndicatorSaveProblem>>({});
  const [saving, setSaving] = useState<string | null>(null);
  const labelOfKind = (indicator: SchemeIndicator) => kindLabels.find((t) => t.value === indicator.kind)?.label ?? indicator.kind;
  const draftFor = (indicator: SchemeIndicator) => drafts[indicator.id] ?? draftOf(indicator);
  const forget = (id: string) => {
    setDrafts(({ [id]: _draft, ...rest }) => rest);
    setProblems(({ [id]: _problem, ...rest }) => rest);
  };
  const change = (indicator: SchemeIndicator, field: keyof IndicatorDraft, value: number | null) => {
    if (value === null) return;
    setDrafts((before) => ({ ...before, [indicator.id]: { ...draftFor(indicator), [field]: value } }));
    setProblems(({ [indicator.id]: _problem, ...rest }) => rest);
  };
  const save = async (indicator: SchemeIndicator) => {
    const input = updateInput(indicator, draftFor(indicator));
    if (!input) return;
    setSaving(indicator.id);
    try {
      await update.mutateAsync({ input });
      await queryClient.invalidateQueries({ queryKey: [operationName(AssessmentSchemeDetail)] });
      forget(indicator.id);
      void message.success(`已保存「${labelOfKind(indicator)}」，排名已按新值重新计算`);
    } catch (error) {
      setProblems((before) => ({ ...before, [indicator.id]: indicatorSaveProblem(indicator.kind, error) }));
    } finally {
      setSaving(null);
    }
  };
  const reload = async (id: string) => {
    await onReload();
    forget(id);
  };

  const notice = editable
    ? '修改目标值或分值后点击该行的“保存”；排名按新值即时重新计算。'
    : scheme.state === 'CLOSED'
      ? '该考核方案已结束，结果已定，指标不再调整。'
      : '只读：方案所属单位及其上级的阵地管理员可调整目标值和分值。';
  return (
    <>
      <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />
      <Table<SchemeIndicator>
        aria-label="考核指标与权重"
        rowKey="id"
        size="middle"
        bordered
        pagination={false}
        dataSource={scheme.indicators}
        tableLayout="fixed"
        scroll={{ x: 1100 }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              合计（满分）
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} colSpan={editable ? 2 : 1}>
              <strong>{formatPoints(scheme.weightTotal)} 分</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          {
            key: 'indicator',
            title: '指标',
            width: 240,
            render: (_: unknown, indicator) => (
              <>
                <div>{labelOfKind(indicator)}</div>
                {indicator.description && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {indicator.description}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { key: 'formula', title: '计算方法', dataIndex: 'formula', width: 240 },
          {
            key: 'target',
            title: '目标值',
            width: 190,
            render: (_: unknown, indicator) =>
              editable ? (
                <NumberField
                  label={`${labelOfKind(indicator)}目标值`}
                  value={draftFor(indicator).target}
                  min={0.01}
                  max={isShare(indicator.kind) ? 100 : maxTarget(indicator.kind)}
                  suffix={targetUnit(indicator.kind)}
                  error={problems[indicator.id]?.fields.target}
                  onChange={(value) => change(indicator, 'target', value)}
                />
              ) : (
                formatIndicatorValue(indicator.kind, indicator.target)
              ),
          },
          {
            key: 'weight',
            title: '分值（权重）',
            width: 170,
            render: (_: unknown, indicator) =>
              editable ? (
                <NumberField
                  label={`${labelOfKind(indicator)}分值`}
                  value={draftFor(indicator).weight}
                  min={0.01}
                  max={1000}
                  suffix="分"
                  error={problems[indicator.id]?.fields.weight}
                  onChange={(value) => change(indicator, 'weight', value)}
                />
              ) : (
                `${formatPoints(indicator.weight)} 分`
              ),
          },
          ...(editable
            ? [
                {
                  key: 'save',
                  title: '操作',
                  render: (_: unknown, indicator: SchemeIndicator) => (
                    <>
                      <Button
                        type="primary"
                        size="small"
                        loading={saving === indicator.id}
                        disabled={saving !== null || !updateInput(indicator, draftFor(indicator))}
                        onClick={() => void save(indicator)}
                        aria-label={`保存：${labelOfKind(indicator)}`}
                      >
                        保存
                      </Button>
                      {problems[indicator.id] && (
                        <div style={{ marginTop: 8 }}>
                          <FormFeedback problem={problems[indicator.id]} onReload={() => void reload(indicator.id)} />
                        </div>
                      )}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

function NumberField({
  label,
  value,
  min,
  max,
  suffix,
  error,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number | undefined;
  suffix: string;
  error: string | undefined;
  onChange(value: number | null): void;
}) {
  const errorId = `${label}-error`;
  return (
    <>
      <InputNumber
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        status={error ? 'error' : undefined}
        value={value}
        min={min}
        max={max}
        step={1}
        suffix={suffix}
        style={{ width: 160 }}
        onChange={(next) => onChange(typeof next === 'number' ? next : null)}
      />
      {error && (
        <div id={errorId} role="alert" style={{ color: '#cf1322', marginTop: 4 }}>
          {error}
        </div>
      )}
    </>
  );
}
