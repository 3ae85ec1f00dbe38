import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

/**
 * Ant Design's default link blue (#1677ff, 4.1:1 on white) and error red (#ff4d4f, 3.3:1: form
 * messages, danger buttons) read under WCAG AA's 4.5:1; these shades of the same hues read at 6:1.
 * The console theme's colorLink and colorError would do it everywhere; until then a screen wraps
 * itself in this.
 */
export function AccessibleColors({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: { colorLink: '#0958d9', colorError: '#cf1322' } }}>{children}</ConfigProvider>;
}
