import { Alert } from 'antd';

/** What reading a stored definition had to repair, so nobody wonders where a panel went. */
export function RepairNotice({ repairs }: { repairs: readonly string[] }) {
  if (repairs.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title="看板定义有部分内容无法识别，已自动修正（保存后生效）"
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {repairs.map((repair) => (
            <li key={repair}>{repair}</li>
          ))}
        </ul>
      }
    />
  );
}
