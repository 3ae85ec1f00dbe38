import { downloadXlsx } from '../../shared/export/download-xlsx';
import { CampaignViewExport } from './campaign-view-documents';
import { figuresVariables } from './use-campaign-view';
import type { CampaignViewState } from './view-state';

/**
 * Downloads the view's tables as one workbook: the breakdown by unit (the dimension the chart
 * shows), by kind of place, by format, by month, and every event of the list as searched and sorted.
 */
export function exportViewXlsx(
  state: CampaignViewState,
  unitDimension: 'TOWNSHIP' | 'CHILD_UNIT',
  fileName: string,
  token: string | null,
): Promise<void> {
  return downloadXlsx(
    CampaignViewExport,
    { ...figuresVariables(state), search: state.search ?? null, orderBy: state.sort, unitDimension, after: null },
    fileName,
    token,
  );
}
