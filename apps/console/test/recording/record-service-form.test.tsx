import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordServiceForm } from '../../src/screens/recording/service/record-service-form';
import { stubGraphQL } from './graphql-stub';
import { renderConsole } from './render-console';

const VOLUNTEERS = {
  volunteers: {
    edges: [
      {
        node: {
          id: '2093',
          name: '胡小龙',
          volunteerNumber: 'ZYZ-2021-00002093',
          homeUnit: { id: '56', name: '政通路社区新时代文明实践站' },
        },
      },
    ],
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

function fillAndSubmit(endedAt: string) {
  renderConsole(
    <RecordServiceForm
      ownUnitId="56"
      initialValues={{ volunteerId: '2093', startedAt: dayjs('2021-10-15 08:00'), endedAt: dayjs(endedAt), description: '入户走访' }}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: /录\s*入/ }));
}

/** The form item (label, control, messages) holding the field labelled `label`. */
function formItemOf(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;
}

describe('录入服务时长', { timeout: 30000 }, () => {
  it('sends the form as a recordService input in Beijing time and reports the recorded hours', async () => {
    const { sent } = stubGraphQL({
      ConsoleVolunteerOptions: () => ({ data: VOLUNTEERS }),
      ConsoleRecordService: () => ({
        data: {
          recordService: { id: '901', hours: 3.5, status: 'APPROVED', volunteer: { id: '2093', name: '胡小龙', totalServiceHours: 40.5 } },
        },
      }),
    });
    fillAndSubmit('2021-10-15 11:30');
    await screen.findByText('已录入：胡小龙 服务 3.5 小时（工作人员录入，直接计入）');
    const mutation = sent.find((op) => op.operationName === 'ConsoleRecordService');
    expect(mutation?.variables.input).toEqual({
      volunteerId: '2093',
      startedAt: '2021-10-15T08:00:00+08:00',
      endedAt: '2021-10-15T11:30:00+08:00',
      description: '入户走访',
      idempotencyKey: expect.any(String) as string,
    });
  });

  it('shows the API’s error beside the field it names (input.endedAt → 结束时间), in Chinese', async () => {
    stubGraphQL({
      ConsoleVolunteerOptions: () => ({ data: VOLUNTEERS }),
      ConsoleRecordService: () => ({
        errors: [
          {
            message: 'a service record covers at most 24 hours (endedAt - startedAt)',
            extensions: { code: 'BAD_USER_INPUT', argument: 'input.endedAt' },
          },
        ],
      }),
    });
    fillAndSubmit('2021-10-16 10:00');
    await waitFor(() => expect(within(formItemOf('结束时间')).getByText('一条服务记录最长 24 小时')).toBeTruthy());
    expect(within(formItemOf('开始时间')).queryByRole('alert')).toBeNull();
  });

  it('shows an error naming no field above the buttons', async () => {
    stubGraphQL({
      ConsoleVolunteerOptions: () => ({ data: VOLUNTEERS }),
      ConsoleRecordService: () => ({
        errors: [{ message: 'startedAt/endedAt overlap service record 17 of volunteer 2093', extensions: { code: 'BAD_USER_INPUT' } }],
      }),
    });
    fillAndSubmit('2021-10-15 11:30');
    await screen.findByText('与该志愿者的另一条服务记录（编号 17）时间重叠');
  });
});
