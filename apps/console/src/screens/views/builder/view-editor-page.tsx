import { Alert, Button, Result } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../api/api-error';
import { useGraphQLQuery } from '../../../api/use-graphql';
import { useSignedIn } from '../../../auth/session-context';
import { Loading } from '../../../shared/loading';
import { useOwnUnit } from '../../../shared/use-own-unit';
import { SavedViewById } from '../api/saved-view-documents';
import { canCreateView, canEditView } from '../api/view-permissions';
import { parseViewDefinition } from '../definition/parse-view-definition';
import { RepairNotice } from '../pages/repair-notice';
import { ViewEditor } from './view-editor';

function NotAllowed({ title }: { title: string }) {
  return (
    <Result
      status="403"
      title={title}
      extra={
        <Link to="/views">
          <Button>返回看板列表</Button>
        </Link>
      }
    />
  );
}

/** 新建看板 (/views/new) and 编辑看板 (/views/:viewId/edit). */
export function ViewEditorPage() {
  const { viewId } = useParams();
  return viewId ? <EditExistingView viewId={viewId} /> : <EditNewView />;
}

function EditNewView() {
  const session = useSignedIn();
  const own = useOwnUnit();
  if (!canCreateView(session)) return <NotAllowed title="当前角色不能新建看板" />;
  if (own.loading) return <Loading />;
  const scope = own.unit ? { unitId: own.unit.id, unitName: own.unit.name } : undefined;
  return (
    <ViewEditor heading="新建看板" initial={{ name: '', description: '', panels: [] }} defaultScope={scope} onReload={() => undefined} />
  );
}

function EditExistingView({ viewId }: { viewId: string }) {
  const session = useSignedIn();
  const [reloads, setReloads] = useState(0);
  const query = useGraphQLQuery(SavedViewById, { id: viewId }, { staleTime: 0 });
  if (query.isPending) return <Loading />;
  if (query.error) return <Alert type="error" showIcon title={describeError(query.error)} />;
  const view = query.data.savedView;
  if (!view) return <NotAllowed title="看板不存在或无权查看" />;
  if (!canEditView(session, view.ownerUnit)) return <NotAllowed title="这个看板属于上级单位，只能查看，不能修改" />;
  const parsed = parseViewDefinition(view.definition);
  const scope = view.ownerUnit ? { unitId: view.ownerUnit.id, unitName: view.ownerUnit.name } : undefined;
  return (
    <>
      <RepairNotice repairs={parsed.repairs} />
      <ViewEditor
        key={`${view.version}-${reloads}`}
        heading={`编辑看板：${view.name}`}
        initial={{ name: view.name, description: view.description ?? '', panels: parsed.definition.panels }}
        target={{ id: view.id, version: view.version }}
        defaultScope={scope}
        onReload={() => void query.refetch().then(() => setReloads((n) => n + 1))}
      />
    </>
  );
}
