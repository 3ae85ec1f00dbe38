import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { SessionProvider } from '../../src/auth/session-context';
import { tokenFor } from './graphql-stub';

// antd renders slowly in jsdom, the more so on a busy machine: wait for screens as long as a user might.
configure({ asyncUtilTimeout: 15000 });

/** Renders a piece of the console as it runs: signed in as `role`, at `path` of a memory router. */
export function renderConsole(
  element: ReactNode,
  { role = 'OPERATOR', org, path = '/', route = '*' }: { role?: string; org?: string; path?: string; route?: string } = {},
) {
  localStorage.setItem('civic.console.token', tokenFor({ role, org }));
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <ConfigProvider locale={zhCN}>
          <AntApp>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={route} element={element} />
              </Routes>
            </MemoryRouter>
          </AntApp>
        </ConfigProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
