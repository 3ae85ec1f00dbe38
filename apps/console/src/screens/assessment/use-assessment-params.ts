import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type AssessmentTab = 'ranking' | 'indicators' | 'inspections' | 'recognitions';

const TABS: readonly AssessmentTab[] = ['ranking', 'indicators', 'inspections', 'recognitions'];

/** What the page shows, kept in the URL (?scheme=&tab=&unit=) so a link opens the same scheme, tab and unit. */
export function useAssessmentParams() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'ranking';
  const update = useCallback(
    (changes: Partial<Record<'scheme' | 'tab' | 'unit', string | undefined>>) =>
      setParams(
        (before) => {
          const after = new URLSearchParams(before);
          for (const [key, value] of Object.entries(changes)) {
            if (value) after.set(key, value);
            else after.delete(key);
          }
          return after;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { schemeId: params.get('scheme') ?? undefined, tab, unitId: params.get('unit') ?? undefined, update };
}
