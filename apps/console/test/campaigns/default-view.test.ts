import { describe, expect, it } from 'vitest';
import type { ConsoleDefaultCampaignFragment } from '../../src/gql/graphql';
import { defaultScopeId, pickDefaultCampaign } from '../../src/screens/campaigns/default-view';

const HUIDONG = { id: '1', code: '513426-ZX', ancestors: [] };
const TONGCHUAN = { id: '3', code: '610200-ZX', ancestors: [] };
const CULTURE_SUB_CENTER = { id: '8', code: '513426-FZX-05', ancestors: [{ id: '1', code: '513426-ZX' }] };

const campaign = (
  id: string,
  kind: ConsoleDefaultCampaignFragment['kind'],
  organizer: ConsoleDefaultCampaignFragment['organizer'],
  closedAt: string | null = null,
) => ({
  id,
  kind,
  closedAt,
  organizer,
});

// Latest started first, as the defaults query asks for them.
const campaigns = [
  campaign('9', 'THEMED_ACTIVITY', TONGCHUAN),
  campaign('4', 'PARTY_HISTORY_LECTURE', TONGCHUAN),
  campaign('2', 'RED_FILM', CULTURE_SUB_CENTER),
  campaign('1', 'PARTY_HISTORY_LECTURE', HUIDONG),
  campaign('3', 'CUSTOMS_REFORM', HUIDONG),
];

describe('where a campaign view opened without a campaign starts', () => {
  it('lands the Huidong propaganda department on its Party-history lectures, over its own unit', () => {
    const ownUnit = { id: '1', code: '513426-ZX', ancestors: [] };
    const picked = pickDefaultCampaign(campaigns, ownUnit);
    expect(picked?.id).toBe('1');
    expect(defaultScopeId(picked, ownUnit)).toBe('1');
  });

  it('lands a township on the county’s campaign, over the township', () => {
    const township = { id: '34', code: '513426100000-SJS', ancestors: [{ code: '513426-ZX' }] };
    const picked = pickDefaultCampaign(campaigns, township);
    expect(picked?.id).toBe('1');
    expect(defaultScopeId(picked, township)).toBe('34');
  });

  it('puts a lecture campaign of one’s own first even when closed, then an open one before a closed one', () => {
    const ownUnit = { id: '1', code: '513426-ZX', ancestors: [] };
    const closedLecture = [
      campaign('1', 'PARTY_HISTORY_LECTURE', HUIDONG, '2022-01-01T00:00:00+08:00'),
      campaign('2', 'RED_FILM', CULTURE_SUB_CENTER),
    ];
    expect(pickDefaultCampaign(closedLecture, ownUnit)?.id).toBe('1');
    const closedRedFilm = [
      campaign('3', 'CUSTOMS_REFORM', HUIDONG, '2022-01-01T00:00:00+08:00'),
      campaign('2', 'RED_FILM', CULTURE_SUB_CENTER),
    ];
    expect(pickDefaultCampaign(closedRedFilm, ownUnit)?.id).toBe('2');
  });

  it('gives a platform administrator the latest lecture campaign, over the whole tree of its organizer', () => {
    const picked = pickDefaultCampaign(campaigns, undefined);
    expect(picked?.id).toBe('4');
    expect(defaultScopeId(campaigns[2], undefined)).toBe('1');
    expect(defaultScopeId(picked, undefined)).toBe('3');
  });

  it('finds nothing when there is no campaign to see', () => {
    expect(pickDefaultCampaign([], undefined)).toBeUndefined();
    expect(defaultScopeId(undefined, undefined)).toBeUndefined();
  });
});
