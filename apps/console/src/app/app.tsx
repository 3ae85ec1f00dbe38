import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { SessionProvider } from '../auth/session-context';
import { router } from './routes';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    // Figures are read fresh on each visit; a refused request is not retried (the answer will not change).
    queries: { staleTime: 30_000, gcTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false },
  },
});

const FONT_FAMILY = "'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Ant Design's palette with secondary text dark enough for WCAG AA contrast (axe checks it in the e2e tests). */
const THEME_TOKENS = {
  fontFamily: FONT_FAMILY,
  colorPrimary: '#c8102e',
  colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  colorLink: '#0958d9',
  colorError: '#cf1322',
};

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <ConfigProvider locale={zhCN} theme={{ token: THEME_TOKENS }}>
          <AntApp>
            <RouterProvider router={router} />
          </AntApp>
        </ConfigProvider>
      </SessionProvider>
    </QueryClientProvider>
  );
}
