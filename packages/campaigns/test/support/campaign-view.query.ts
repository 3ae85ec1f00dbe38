/**
 * The contract's campaign view (docs/contract/operations/campaign-view.graphql) as the gateway
 * sends its campaigns part: the same selection, with the other subgraphs' entities cut to keys.
 */
export const CAMPAIGN_VIEW_CAMPAIGNS_PART = `query CampaignView($id: ID!, $first: Int = 20, $after: String) {
  campaign(id: $id) {
    id name kind startsOn endsOn eventTarget
    organizer { id }
    stats { eventCount audienceTotal volunteerCount }
    byVenue: breakdown(by: VENUE_TYPE) { key label eventCount audienceTotal }
    byTownship: breakdown(by: ORG_UNIT) { key label eventCount audienceTotal }
    byMonth: breakdown(by: MONTH) { key label eventCount audienceTotal }
    events(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title heldAt format venueType audienceCount lectureGroup { id name } host { id } volunteers { id } } }
    }
  }
}`;

export interface Bucket {
  key: string;
  label: string;
  eventCount: number;
  audienceTotal: number;
}

export interface CampaignViewEvent {
  id: string;
  title: string;
  heldAt: string;
  format: string;
  venueType: string;
  audienceCount: number;
  lectureGroup: { id: string; name: string } | null;
  host: { id: string };
  volunteers: { id: string }[];
}

export interface CampaignView {
  campaign: {
    id: string;
    stats: { eventCount: number; audienceTotal: number; volunteerCount: number };
    byVenue: Bucket[];
    byTownship: Bucket[];
    byMonth: Bucket[];
    events: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: CampaignViewEvent }[];
    };
  };
}
