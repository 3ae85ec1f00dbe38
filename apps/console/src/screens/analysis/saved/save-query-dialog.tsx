import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { useGraphQLMutation } from '../../../api/use-graphql';
import type { EditorContents } from '../editor/workbench-run';
import { BAD_VARIABLES, parseVariablesText } from '../variables-text';
import { CreateSavedQueryDocument, UpdateSavedQueryDocument } from './saved-query-documents';
import { savedQueryErrorText, type OpenSavedQuery } from './saved-query';
import { useRefreshSavedQueries } from './saved-query-list';

interface SaveForm {
  mode: 'update' | 'create';
  name: string;
  description?: string;
}

export interface SaveQueryDialogProps {
  /** What the editor held when 保存 was clicked; undefined while the dialog is closed. */
  contents?: EditorContents;
  /** The saved query open in the editor, which 保存 updates (or 另存为 leaves as it is). */
  openSaved: OpenSavedQuery | null;
  onClose(): void;
  onSaved(saved: OpenSavedQuery): void;
}

/**
 * Saves the editor's query and variables under a name, for the colleagues of the caller's org
 * subtree: a new saved query, or a new version of the one open (with the version it was read at:
 * a colleague's change in between is CONFLICT, said in Chinese, and nothing is overwritten).
 */
export function SaveQueryDialog({ contents, openSaved, onClose, onSaved }: SaveQueryDialogProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SaveForm>();
  const [failure, setFailure] = useState<string>();
  const create = useGraphQLMutation(CreateSavedQueryDocument);
  const update = useGraphQLMutation(UpdateSavedQueryDocument);
  const refresh = useRefreshSavedQueries();
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (!contents) return;
    setFailure(undefined);
    form.setFieldsValue({
      mode: openSaved ? 'update' : 'create',
      name: openSaved?.name ?? contents.operationName ?? '',
      description: openSaved?.description ?? '',
    });
  }, [contents, openSaved, form]);

  const save = async (values: SaveForm) => {
    if (!contents) return;
    const variables = parseVariablesText(contents.variables);
    if (!variables.ok) return setFailure(BAD_VARIABLES);
    const fields = {
      name: values.name.trim(),
      description: values.description?.trim() || null,
      query: contents.query,
      variables: variables.text,
    };
    setFailure(undefined);
    try {
      const saved =
        values.mode === 'update' && openSaved
          ? (await update.mutateAsync({ id: openSaved.id, input: { ...fields, expectedVersion: openSaved.version } })).updateSavedQuery
          : (await create.mutateAsync({ input: fields })).createSavedQuery;
      message.success(`已保存“${saved.name}”，同单位及下级单位的同事可在“已保存的查询”中打开`);
      onSaved(saved);
      await refresh();
    } catch (error) {
      const byField = error instanceof ApiError ? error.fieldErrors() : {};
      const formFields = (['name', 'description'] as const).filter((field) => byField[field]);
      form.setFields(formFields.map((field) => ({ name: field, errors: [byField[field]] })));
      if (formFields.length === 0) setFailure(savedQueryErrorText(error));
      // A colleague's newer version (or a deletion) shows in the list at once.
      await refresh();
    }
  };

  return (
    <Modal
      open={Boolean(contents)}
      title="保存查询"
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} requiredMark="optional">
        {openSaved ? (
          <Form.Item name="mode" label="保存方式">
            <Radio.Group
              options={[
                { value: 'update', label: `更新“${openSaved.name}”` },
                { value: 'create', label: '另存为新查询' },
              ]}
            />
          </Form.Item>
        ) : (
          <Form.Item name="mode" hidden>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { max: 60, message: '名称最多 60 个字' },
          ]}
        >
          <Input placeholder="如：各乡镇志愿服务时长（2021年）" maxLength={60} showCount />
        </Form.Item>
        <Form.Item name="description" label="说明" rules={[{ max: 500, message: '说明最多 500 个字' }]}>
          <Input.TextArea placeholder="这条查询回答什么问题、怎么用" rows={3} maxLength={500} showCount />
        </Form.Item>
        {mode === 'create' && openSaved ? <Alert type="info" showIcon title={`“${openSaved.name}”保持不变，另存一条新查询。`} /> : null}
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} /> : null}
      </Form>
    </Modal>
  );
}
