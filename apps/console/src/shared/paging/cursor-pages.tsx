import { Button, Space, Typography } from 'antd';
import { useState } from 'react';

/** Pages of a keyset-paginated list: the cursors of the pages seen so far, to go back as well as on. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor: string) => setCursors((seen) => [...seen, endCursor]),
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    reset: () => setCursors([null]),
  };
}

export function CursorPager({
  pages,
  totalCount,
  hasNextPage,
  endCursor,
}: {
  pages: ReturnType<typeof useCursorPages>;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}) {
  return (
    <Space style={{ marginTop: 16 }}>
      <Typography.Text>
        共 {totalCount.toLocaleString('zh-CN')} 条 · 第 {pages.page} 页
      </Typography.Text>
      <Button size="small" disabled={pages.page === 1} onClick={pages.previous}>
        上一页
      </Button>
      <Button size="small" disabled={!hasNextPage || !endCursor} onClick={() => endCursor && pages.next(endCursor)}>
        下一页
      </Button>
    </Space>
  );
}
