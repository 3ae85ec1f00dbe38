/** What the event list can be sorted by (the API's CampaignEventOrderField values the view offers). */
export type EventSortField = 'HELD_AT' | 'AUDIENCE_COUNT' | 'TITLE';
export type SortDirection = 'ASC' | 'DESC';

export interface EventSort {
  field: EventSortField;
  direction: SortDirection;
}

/**
 * Everything a campaign view (活动看板) shows, as its URL holds it: a link reproduces the view.
 * Absent values are absent, never empty strings.
 */
export interface CampaignViewState {
  campaignId?: string;
  /** The org unit whose subtree the figures cover (统计范围). */
  scopeId?: string;
  /** First day counted, YYYY-MM-DD (Beijing). */
  from?: string;
  /** Last day counted, YYYY-MM-DD. */
  to?: string;
  sort: EventSort;
  /** Words the event titles must contain (Chinese or pinyin). */
  search?: string;
  /** Cursor after which the event list's page starts. */
  after?: string;
}

/** Latest events first: what a propaganda department looks at first. */
export const DEFAULT_SORT: EventSort = { field: 'HELD_AT', direction: 'DESC' };

const SORT_FIELDS: readonly EventSortField[] = ['HELD_AT', 'AUDIENCE_COUNT', 'TITLE'];
const ID = /^[1-9]\d{0,17}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** The API takes at most 50 characters of search text. */
const MAX_SEARCH = 50;

/** Reads the view's state from the URL; values it cannot use are dropped, so a mangled link still opens a view. */
export function parseViewState(params: URLSearchParams): CampaignViewState {
  const search = params.get('q')?.trim().slice(0, MAX_SEARCH);
  const [from, to] = inOrder(validDay(params.get('from')), validDay(params.get('to')));
  return {
    campaignId: matching(params.get('campaign'), ID),
    scopeId: matching(params.get('scope'), ID),
    from,
    to,
    sort: parseSort(params.get('sort')),
    search: search || undefined,
    after: params.get('after') || undefined,
  };
}

/** The URL search params of a view's state, in a fixed order, leaving out what is default. */
export function viewStateParams(state: CampaignViewState): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  put('campaign', state.campaignId);
  put('scope', state.scopeId);
  put('from', state.from);
  put('to', state.to);
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    put('sort', `${state.sort.field}:${state.sort.direction}`);
  }
  put('q', state.search);
  put('after', state.after);
  return params;
}

/** The same figures on the wall screen (大屏): campaign, scope and period, nothing of the list. */
export function wallParams(state: CampaignViewState): URLSearchParams {
  return viewStateParams({ campaignId: state.campaignId, scopeId: state.scopeId, from: state.from, to: state.to, sort: DEFAULT_SORT });
}

/**
 * A change to the view: whatever changes what the event list holds (campaign, scope, period,
 * sort, search) sends it back to its first page.
 */
export function changeView(state: CampaignViewState, change: Partial<CampaignViewState>): CampaignViewState {
  const next = { ...state, ...change };
  if (!('after' in change)) next.after = undefined;
  return next;
}

function parseSort(value: string | null): EventSort {
  const [field, direction] = (value ?? '').split(':');
  if (!SORT_FIELDS.includes(field as EventSortField)) return DEFAULT_SORT;
  return { field: field as EventSortField, direction: direction === 'ASC' ? 'ASC' : 'DESC' };
}

function matching(value: string | null, pattern: RegExp): string | undefined {
  return value && pattern.test(value) ? value : undefined;
}

/** A period given back to front is read the right way round. */
function inOrder(from: string | undefined, to: string | undefined): [string | undefined, string | undefined] {
  return from && to && from > to ? [to, from] : [from, to];
}

function validDay(value: string | null): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  // 2021-02-30 matches the pattern but is no day.
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === value ? value : undefined;
}
