import { describe, expect, it } from 'vitest';
import { barOption, lineOption } from '../../src/shared/charts/chart-options';
import { asCountChart } from '../../src/screens/campaigns/count-chart';
import { wallOption } from '../../src/screens/campaigns/wall-chart-options';

type Part = Record<string, any>;

describe('the campaign charts’ options', () => {
  it('count whole events and keep a lone bar narrow', () => {
    const option = asCountChart(barOption([{ name: '本级承办', value: 3 }], { horizontal: true })) as Part;
    expect(option.xAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(option.yAxis.minInterval).toBeUndefined();
    expect(option.series[0]).toMatchObject({ type: 'bar', barMaxWidth: 48 });
    const trend = asCountChart(lineOption([{ name: '2021年3月', value: 1 }])) as Part;
    expect(trend.yAxis.minInterval).toBe(1);
    expect(trend.series[0].barMaxWidth).toBeUndefined();
  });

  it('are set in large type on the wall, axes, legend and labels alike', () => {
    const option = wallOption(barOption([{ name: '宣讲', value: 144 }])) as Part;
    expect(option.textStyle.fontSize).toBe(18);
    expect(option.xAxis.axisLabel.fontSize).toBe(16);
    expect(option.yAxis.axisLabel.fontSize).toBe(16);
    expect(option.series[0].label).toMatchObject({ show: true, fontSize: 16 });
  });
});
