import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UnitTable } from '../../src/screens/campaigns/unit-table';

describe('the table beside the unit chart', () => {
  it('drills into a unit from the keyboard’s way in, and leaves the scope’s own events as text', async () => {
    const onDrill = vi.fn();
    render(
      <UnitTable
        unitTitle="按村（社区）实践站"
        height={300}
        onDrill={onDrill}
        data={[
          { name: '政通路社区', value: 3, audience: 349, unitId: '56' },
          { name: '本级承办', value: 12, audience: 1540 },
        ]}
      />,
    );
    expect(screen.getByText('1,540')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '本级承办' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '政通路社区' }));
    expect(onDrill).toHaveBeenCalledWith('56');
  }, 20000);
});
