import { ConfigProvider, theme } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import './wall-frame.css';

/** How often a wall screen refreshes its figures: every minute, or `?refresh=<seconds>` (tests, rehearsals). */
export function wallRefreshMs(search: URLSearchParams): number {
  const seconds = Number(search.get('refresh'));
  return Number.isFinite(seconds) && seconds >= 1 ? seconds * 1000 : 60_000;
}

function useClock(): string {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/**
 * The wall screen (大屏): a dark 1920×1080 stage with large type, a title and a clock. What it
 * shows refreshes itself (react-query's refetch interval), never by reloading the page.
 */
export function WallFrame({
  title,
  subtitle,
  updatedAt,
  children,
}: {
  title: string;
  subtitle?: string;
  updatedAt?: number;
  children: ReactNode;
}) {
  const clock = useClock();
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { fontSize: 18, colorBgContainer: '#0f2244' } }}>
      <main className="wall" aria-label={title}>
        <header className="wall__header">
          <h1 className="wall__title">{title}</h1>
          {subtitle && <p className="wall__subtitle">{subtitle}</p>}
          <p className="wall__clock" aria-live="off">
            {clock}
            {updatedAt
              ? ` · 数据更新于 ${new Date(updatedAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}`
              : ''}
          </p>
        </header>
        <div className="wall__body">{children}</div>
      </main>
    </ConfigProvider>
  );
}
