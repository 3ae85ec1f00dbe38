import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, describeError } from '../../../api/api-error';
import { CONFLICT_MESSAGE, isConflict } from '../api/view-mutations';
import {
  addPanel,
  canMovePanel,
  movePanel,
  removePanel,
  replacePanel,
  setPanelWidth,
  withDefaultScope,
} from '../definition/arrange-panels';
import type { Panel } from '../definition/view-definition';
import { usePanelPreview } from '../panels/use-view-panels';
import { PanelFrame } from '../render/panel-frame';
import { ViewGrid } from '../render/view-grid';
import { AddPanelBar } from './add-panel-bar';
import { PanelSettings } from './panel-settings';
import { PanelToolbar } from './panel-toolbar';
import { useSaveView, type SaveTarget, type ViewDraft } from './use-save-view';

export interface ViewEditorProps {
  initial: ViewDraft;
  /** The view being edited, as read; undefined for a new view. */
  target?: SaveTarget;
  /** The unit panels count when given none: the view's owner unit, or the user's own for a new view. */
  defaultScope?: { unitId: string; unitName?: string };
  /** Reads the view again, dropping the edits (after a CONFLICT). */
  onReload(): void;
  heading: string;
}

/** What the preview asks depends on filters and options, not on titles or widths. */
function previewKey(panels: readonly Panel[]): Panel[] {
  return panels.map((p) => ({ ...p, title: '', options: { ...p.options, width: 'half' } }) as Panel);
}

/** 看板编辑: name the view, add, set up and arrange its panels (each previewed with live figures), save. */
export function ViewEditor({ initial, target, defaultScope, onReload, heading }: ViewEditorProps) {
  const [form] = Form.useForm<{ name: string; description: string }>();
  const [panels, setPanels] = useState<Panel[]>(initial.panels);
  const [conflict, setConflict] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { save, saving } = useSaveView();
  const previewPanels = useMemo(() => previewKey(panels), [panels]);
  const preview = usePanelPreview(previewPanels, { anonymous: false, fallbackUnitId: defaultScope?.unitId });

  const submit = async () => {
    const { name, description } = await form.validateFields();
    try {
      const id = await save(target, { name, description: description ?? '', panels: withDefaultScope(panels, defaultScope) });
      void message.success('看板已保存');
      void navigate(`/views/${id}`);
    } catch (error) {
      if (isConflict(error)) return setConflict(true);
      const fields = error instanceof ApiError ? error.fieldErrors() : {};
      const named = (['name', 'description'] as const).filter((f) => fields[f]);
      if (named.length > 0) form.setFields(named.map((f) => ({ name: f, errors: [fields[f]] })));
      else void message.error(describeError(error));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {heading}
        </Typography.Title>
        <Space wrap>
          <Typography.Text type="secondary">保存后，本单位及下级单位的工作人员都能看到这个看板。</Typography.Text>
          <Button onClick={() => void navigate(target ? `/views/${target.id}` : '/views')}>取消</Button>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void submit().catch(() => undefined)}>
            保存看板
          </Button>
        </Space>
      </Space>
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={CONFLICT_MESSAGE}
          description="你打开这个看板之后，有人保存了新的版本。重新加载将读取最新版本，你在此页的修改不会保存。"
          action={
            <Button type="primary" onClick={onReload}>
              重新加载
            </Button>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: initial.name, description: initial.description }}
        style={{ maxWidth: 760 }}
      >
        <Form.Item
          label="看板名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写看板名称' },
            { max: 60, message: '名称最多 60 个字' },
          ]}
        >
          <Input placeholder="例如：会东县党史学习教育宣讲看板" maxLength={60} showCount />
        </Form.Item>
        <Form.Item label="说明" name="description" rules={[{ max: 500, message: '说明最多 500 个字' }]}>
          <Input.TextArea placeholder="看板的用途，如：供县委宣传部每周调度使用" rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
      <AddPanelBar count={panels.length} onAdd={(kind) => setPanels((list) => addPanel(list, kind, defaultScope ?? {}))} />
      {panels.length === 0 ? (
        <Empty description="还没有面板：点击上方按钮添加头条数字、分类统计、趋势等面板" />
      ) : (
        <ViewGrid
          panels={panels}
          renderPanel={(panel) => (
            <PanelFrame
              panel={panel}
              outcome={preview.data?.[panel.id]}
              extra={
                <PanelToolbar
                  panel={panel}
                  canMoveUp={canMovePanel(panels, panel.id, 'up')}
                  canMoveDown={canMovePanel(panels, panel.id, 'down')}
                  onMove={(direction) => setPanels((list) => movePanel(list, panel.id, direction))}
                  onToggleWidth={() => setPanels((list) => setPanelWidth(list, panel.id, panel.options.width === 'full' ? 'half' : 'full'))}
                  onRemove={() => setPanels((list) => removePanel(list, panel.id))}
                />
              }
            >
              <PanelSettings panel={panel} onChange={(next) => setPanels((list) => replacePanel(list, next))} />
            </PanelFrame>
          )}
        />
      )}
      {preview.error && <Alert type="error" showIcon title={`预览失败：${describeError(preview.error)}`} />}
    </Space>
  );
}
