import { describe, expect, it } from 'vitest';
import {
  changeView,
  DEFAULT_SORT,
  parseViewState,
  viewStateParams,
  wallParams,
  type CampaignViewState,
} from '../../src/screens/campaigns/view-state';

const parse = (search: string) => parseViewState(new URLSearchParams(search));

describe('the campaign view state in the URL', () => {
  it('reads every part of a view from its link', () => {
    expect(parse('campaign=1&scope=34&from=2021-03-01&to=2021-06-30&sort=AUDIENCE_COUNT:ASC&q=jsj&after=WyJ4Il0')).toEqual({
      campaignId: '1',
      scopeId: '34',
      from: '2021-03-01',
      to: '2021-06-30',
      sort: { field: 'AUDIENCE_COUNT', direction: 'ASC' },
      search: 'jsj',
      after: 'WyJ4Il0',
    });
  });

  it('gives the latest events first when no sort is named', () => {
    expect(parse('campaign=1')).toEqual({ campaignId: '1', sort: DEFAULT_SORT });
    expect(DEFAULT_SORT).toEqual({ field: 'HELD_AT', direction: 'DESC' });
  });

  it('drops what it cannot use, so a mangled link still opens a view', () => {
    expect(parse('campaign=abc&scope=-3&from=2021-02-30&to=yesterday&sort=ROWID:ASC&q=%20%20')).toEqual({ sort: DEFAULT_SORT });
    expect(parse('sort=TITLE:sideways').sort).toEqual({ field: 'TITLE', direction: 'DESC' });
  });

  it('reads a period given back to front the right way round', () => {
    expect(parse('from=2021-12-31&to=2021-03-01')).toMatchObject({ from: '2021-03-01', to: '2021-12-31' });
  });

  it('keeps search text within the 50 characters the API takes', () => {
    expect(parse(`q=${'党'.repeat(60)}`).search).toHaveLength(50);
  });

  it('writes a state back as the same link, in a fixed order, leaving defaults out', () => {
    const state: CampaignViewState = {
      campaignId: '1',
      scopeId: '34',
      from: '2021-03-01',
      to: '2021-06-30',
      sort: { field: 'TITLE', direction: 'ASC' },
      search: '金沙江',
      after: 'abc',
    };
    const params = viewStateParams(state);
    expect(params.toString()).toBe(
      'campaign=1&scope=34&from=2021-03-01&to=2021-06-30&sort=TITLE%3AASC&q=%E9%87%91%E6%B2%99%E6%B1%9F&after=abc',
    );
    expect(parseViewState(params)).toEqual(state);
    expect(viewStateParams({ campaignId: '1', scopeId: '1', sort: DEFAULT_SORT }).toString()).toBe('campaign=1&scope=1');
  });

  it('opens the wall screen with the figures’ state only', () => {
    const state = parse('campaign=1&scope=34&from=2021-03-01&sort=TITLE:ASC&q=jsj&after=abc');
    expect(wallParams(state).toString()).toBe('campaign=1&scope=34&from=2021-03-01');
  });

  it('sends the event list back to its first page on any change but paging', () => {
    const state = parse('campaign=1&scope=1&after=abc');
    expect(changeView(state, { scopeId: '34' }).after).toBeUndefined();
    expect(changeView(state, { search: '宣讲' }).after).toBeUndefined();
    expect(changeView(state, { after: 'def' }).after).toBe('def');
  });
});
