import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resultTable } from '../../src/screens/analysis/result/result-table';
import { cellText, ResultTableView } from '../../src/screens/analysis/result/result-table-view';

// antd's Table takes seconds to render the first time in jsdom on a busy machine.
describe('the result table', () => {
  it('heads columns with the schema’s Chinese labels, reads enum values in Chinese and groups numbers', () => {
    const table = resultTable({
      campaign: {
        events: {
          edges: [
            { node: { venueType: 'INTO_SCHOOL', audienceCount: 12345, host: { name: '铁柳镇实践所' } } },
            { node: { venueType: 'INTO_VILLAGE', audienceCount: 80, host: { name: '野租乡实践所' } } },
          ],
        },
      },
    })!;
    render(
      <ResultTableView
        table={table}
        descriptions={{
          venueType: { heading: '场所类型', enumLabels: { INTO_SCHOOL: '进学校', INTO_VILLAGE: '进农村' } },
          audienceCount: { heading: '受众人数' },
          'host.name': { heading: '主办单位·名称' },
        }}
      />,
    );
    const grid = screen.getByRole('table');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['场所类型', '受众人数', '主办单位·名称']);
    expect(within(grid).getByText('进学校')).toBeTruthy();
    expect(within(grid).getByText('12,345')).toBeTruthy();
    expect(screen.getByText(/campaign\.events\.edges，共 2 行/)).toBeTruthy();
  }, 20000);

  it('heads a column without a description by its path', () => {
    render(<ResultTableView table={resultTable({ list: [{ code: 'a' }] })!} descriptions={{}} />);
    expect(screen.getByRole('columnheader').textContent).toBe('code');
  }, 20000);

  it('reads yes and no in Chinese and leaves nulls empty', () => {
    expect(cellText(true)).toBe('是');
    expect(cellText(false)).toBe('否');
    expect(cellText(null)).toBe('');
  });
});
