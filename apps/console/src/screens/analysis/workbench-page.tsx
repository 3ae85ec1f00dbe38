import { FileExcelOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useSignedIn } from '../../auth/session-context';
import { Loading } from '../../shared/loading';
import { CookbookList } from './cookbook/cookbook-list';
import type { CookbookExample } from './cookbook/use-cookbook';
import type { EditorBridge, EditorContents, WorkbenchRun } from './editor/workbench-run';
import { exportEditorXlsx } from './export-editor-xlsx';
import { ResultPanel } from './result/result-panel';
import { SaveQueryDialog } from './saved/save-query-dialog';
import type { OpenSavedQuery, SavedQueryItem } from './saved/saved-query';
import { SavedQueryList } from './saved/saved-query-list';
import { useSavedQueryLink } from './use-saved-query-link';
import './workbench.css';

// GraphiQL and Monaco are the heaviest code of the console: their own chunk, fetched only here.
const GraphiQLEditor = lazy(() => import('./editor/graphiql-editor'));

/**
 * 数据分析 workbench: GraphiQL with the console's token, the cookbook and the saved queries beside
 * it, and the last result as a table or a chart, exported as Excel.
 */
export function WorkbenchPage() {
  const session = useSignedIn();
  const { message } = App.useApp();
  const [bridge, setBridge] = useState<EditorBridge | null>(null);
  const [run, setRun] = useState<WorkbenchRun | null>(null);
  const [openSaved, setOpenSaved] = useState<OpenSavedQuery | null>(null);
  const [saving, setSaving] = useState<EditorContents>();
  const [exporting, setExporting] = useState(false);
  const link = useSavedQueryLink(bridge, setOpenSaved);
  const canSave = session.role !== 'VOLUNTEER';

  const loadExample = (example: CookbookExample) => {
    bridge?.load(example);
    setOpenSaved(null);
    link.setLinked(null);
    message.info(`已载入“${example.chineseTitle}”，点 ▶ 运行`);
  };
  const openSavedQuery = (item: SavedQueryItem) => {
    bridge?.load({ query: item.query, variables: item.variables ?? '' });
    setOpenSaved({ id: item.id, name: item.name, description: item.description, version: item.version });
    link.setLinked(item.id);
  };
  const saved = (next: OpenSavedQuery) => {
    setOpenSaved(next);
    setSaving(undefined);
    link.setLinked(next.id);
  };
  const forget = (id: string) => {
    if (openSaved?.id !== id) return;
    setOpenSaved(null);
    link.setLinked(null);
  };
  const exportXlsx = async () => {
    if (!bridge) return;
    const contents = bridge.read();
    setExporting(true);
    try {
      await exportEditorXlsx(contents, openSaved?.name ?? contents.operationName ?? '查询结果', session.token);
      message.success('已导出 Excel');
    } catch (error) {
      message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setExporting(false);
    }
  };
  const onBridge = useCallback((next: EditorBridge | null) => setBridge(next), []);

  return (
    <div className="analysis-page">
      <header>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          数据分析工作台
        </Typography.Title>
        <Typography.Text type="secondary">
          编写或载入 GraphQL 查询并运行；结果可看作表格、图表，导出 Excel；保存的查询，本单位及下级单位的同事都能打开。
        </Typography.Text>
      </header>
      <div className="analysis-workbench">
        <div className="analysis-side">
          <Card size="small" title="查询示例" extra={<Typography.Text type="secondary">点击载入</Typography.Text>}>
            <CookbookList onLoad={loadExample} disabled={!bridge} />
          </Card>
          <Card size="small" title="已保存的查询">
            <SavedQueryList openId={openSaved?.id} onOpen={openSavedQuery} onDeleted={forget} />
          </Card>
        </div>
        <div className="analysis-main">
          <Card
            size="small"
            title={
              <Space>
                查询编辑器
                {openSaved ? <Tag color="red">正在编辑：{openSaved.name}</Tag> : null}
              </Space>
            }
            extra={
              <Space>
                {canSave ? (
                  <Button icon={<SaveOutlined />} disabled={!bridge} onClick={() => bridge && setSaving(bridge.read())}>
                    保存查询
                  </Button>
                ) : null}
                <Button icon={<FileExcelOutlined />} disabled={!bridge} loading={exporting} onClick={() => void exportXlsx()}>
                  导出 Excel
                </Button>
              </Space>
            }
          >
            <Suspense fallback={<Loading label="正在加载查询编辑器…" />}>
              <GraphiQLEditor token={session.token} user={`${session.role}.${session.subject}`} onRun={setRun} onBridge={onBridge} />
            </Suspense>
          </Card>
          <Card size="small" title="运行结果">
            <ResultPanel run={run} bridge={bridge} />
          </Card>
        </div>
      </div>
      <SaveQueryDialog contents={saving} openSaved={openSaved} onClose={() => setSaving(undefined)} onSaved={saved} />
    </div>
  );
}
