import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export interface Period {
  /** First day, YYYY-MM-DD (Beijing), included. */
  from?: string;
  /** Last day, YYYY-MM-DD, included. */
  to?: string;
}

/** A period of whole days (统计期间), both ends included, as every statistic of the API takes it. */
export function PeriodPicker({ value, onChange, id }: { value: Period; onChange(period: Period): void; id?: string }) {
  return (
    <DatePicker.RangePicker
      id={id}
      allowEmpty={[true, true]}
      value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
      placeholder={['开始日期', '结束日期']}
      onChange={(range) =>
        onChange({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
      }
      aria-label="统计期间"
    />
  );
}
