import { Spin } from 'antd';

export function Loading({ label = '加载中…' }: { label?: string }) {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin description={label} />
    </div>
  );
}
