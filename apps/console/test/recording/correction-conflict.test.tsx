import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecentServiceRecords } from '../../src/screens/recording/records/recent-service-records';
import { stubGraphQL, VOCABULARY } from './graphql-stub';
import { renderConsole } from './render-console';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

const recordIn = (version: number, description: string) => ({
  serviceRecords: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: 'c1' },
    edges: [
      {
        node: {
          id: '88',
          startedAt: '2021-10-15T00:00:00.000Z',
          endedAt: '2021-10-15T03:30:00.000Z',
          hours: 3.5,
          description,
          status: 'APPROVED',
          reviewNote: null,
          voidReason: null,
          version,
          volunteer: { id: '2093', name: '胡*龙' },
        },
      },
    ],
  },
});

describe('更正 a record someone else changed meanwhile', { timeout: 60000 }, () => {
  it('says so in Chinese, sends the version it read, and reloads the record on request', async () => {
    let version = 1;
    const { sent } = stubGraphQL({
      ConsoleVocabularyLabels: () => ({ data: VOCABULARY }),
      ConsoleRecentServiceRecords: () => ({ data: recordIn(version, version === 1 ? '入户走访' : '入户走访（已核实）') }),
      ConsoleCorrectServiceRecord: () => {
        version = 3;
        return {
          errors: [
            {
              message:
                'service record 88 was changed by someone else since you read it (now version 3, you read 1): reload it and edit again',
              extensions: { code: 'CONFLICT', currentVersion: 3 },
            },
          ],
        };
      },
    });
    renderConsole(<RecentServiceRecords unitId="56" />);
    // The volunteer's name appears exactly as the API gave it for this role.
    await screen.findByText('胡*龙');
    fireEvent.click(screen.getByRole('button', { name: /更\s*正/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('更正原因'), { target: { value: '时长有误' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保存更正/ }));

    await within(dialog).findByText('该记录已被他人修改（现为第 3 版），您看到的是修改前的内容，本次未保存。');
    const correction = sent.find((op) => op.operationName === 'ConsoleCorrectServiceRecord');
    expect(correction?.variables.input).toMatchObject({ id: '88', expectedVersion: 1, reason: '时长有误' });

    fireEvent.click(within(dialog).getByRole('button', { name: /重新加载/ }));
    await waitFor(() => expect(within(dialog).getByLabelText('服务内容')).toHaveProperty('value', '入户走访（已核实）'));
    expect(within(dialog).getByLabelText('更正原因')).toHaveProperty('value', '时长有误');
    expect(within(dialog).queryByText(/已被他人修改/)).toBeNull();
  });
});
