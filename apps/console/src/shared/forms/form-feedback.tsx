import { Alert, Button } from 'antd';

export interface FormProblem {
  message: string | null;
  staleVersion: { currentVersion?: number } | null;
}

/** What a form says above its buttons: an error naming no field, or that the record changed meanwhile. */
export function FormFeedback({ problem, onReload }: { problem: FormProblem | null; onReload?(): void }) {
  if (!problem) return null;
  if (problem.staleVersion) {
    const now = problem.staleVersion.currentVersion;
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ marginBottom: 16 }}
        title={`该记录已被他人修改${now ? `（现为第 ${now} 版）` : ''}，您看到的是修改前的内容，本次未保存。`}
        description="请重新加载最新内容，核对后再提交。"
        action={
          onReload && (
            <Button size="small" type="primary" onClick={onReload}>
              重新加载
            </Button>
          )
        }
      />
    );
  }
  if (!problem.message) return null;
  return <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem.message} />;
}
