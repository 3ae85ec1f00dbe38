import { graphql } from '../../gql';

/**
 * Every figure and breakdown of a campaign view in one document, so a refresh is one request:
 * the campaign and its targets, the scope's figures, and its events by kind of place, format,
 * month and unit. Both unit dimensions are asked: which one the chart shows depends on the
 * scope's level, which the view only learns from this answer.
 */
export const CampaignViewFigures = graphql(`
  query ConsoleCampaignViewFigures($campaignId: ID!, $unitId: ID!, $from: Date, $to: Date) {
    campaign(id: $campaignId) {
      id
      name
      startsOn
      endsOn
      eventTarget
      audienceTarget
      organizer {
        id
        name
      }
      stats(from: $from, to: $to) {
        eventCount
      }
    }
    orgUnit(id: $unitId) {
      id
      code
      name
      level
      ancestors {
        id
        code
        name
        level
      }
      stats: campaignStats(campaignId: $campaignId, from: $from, to: $to, scope: SUBTREE) {
        eventCount
        audienceTotal
        volunteerCount
      }
      stations: descendants(first: 0, level: STATION) {
        totalCount
      }
      stationsWithoutEvents: unitsWithoutEvents(campaignId: $campaignId, from: $from, to: $to, level: STATION) {
        id
      }
      byVenueType: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [VENUE_TYPE]) {
        ...ConsoleCampaignViewCell
      }
      byFormat: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [FORMAT]) {
        ...ConsoleCampaignViewCell
      }
      byMonth: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [MONTH]) {
        ...ConsoleCampaignViewCell
      }
      byTownship: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [TOWNSHIP]) {
        ...ConsoleCampaignViewCell
      }
      byChildUnit: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [CHILD_UNIT]) {
        ...ConsoleCampaignViewCell
      }
    }
    vocabulary {
      venueType {
        value
      }
      eventFormat {
        value
      }
    }
  }
  fragment ConsoleCampaignViewCell on CampaignEventCell {
    keys {
      key
      label
    }
    eventCount
    audienceTotal
  }
`);

/** One page of the scope's events of the campaign, with the labels of the codes it shows. */
export const CampaignViewEvents = graphql(`
  query ConsoleCampaignViewEvents(
    $campaignId: ID!
    $unitId: ID!
    $from: Date
    $to: Date
    $search: String
    $orderBy: CampaignEventOrder
    $first: Int!
    $after: String
  ) {
    campaignEvents(
      first: $first
      after: $after
      orderBy: $orderBy
      filter: { campaignId: $campaignId, hostSubtreeOf: $unitId, heldFrom: $from, heldTo: $to, search: $search }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          heldAt
          format
          venueType
          audienceCount
          place
          host {
            id
            name
          }
          lectureGroup {
            id
            name
          }
        }
      }
    }
    vocabulary {
      eventFormat {
        value
        label
      }
      venueType {
        value
        label
      }
    }
  }
`);

/**
 * The view's tables as a workbook (POST /export.xlsx): a sheet per breakdown, then every event of
 * the list (all pages, through `$after`). Sheets are named after the aliases.
 */
export const CampaignViewExport = graphql(`
  query ConsoleCampaignViewExport(
    $campaignId: ID!
    $unitId: ID!
    $from: Date
    $to: Date
    $search: String
    $orderBy: CampaignEventOrder
    $unitDimension: EventDimension!
    $after: String
  ) {
    orgUnit(id: $unitId) {
      byUnit: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [$unitDimension]) {
        ...ConsoleCampaignExportCell
      }
      byVenueType: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [VENUE_TYPE]) {
        ...ConsoleCampaignExportCell
      }
      byFormat: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [FORMAT]) {
        ...ConsoleCampaignExportCell
      }
      byMonth: campaignEventBreakdown(campaignId: $campaignId, from: $from, to: $to, dimensions: [MONTH]) {
        ...ConsoleCampaignExportCell
      }
    }
    events: campaignEvents(
      first: 100
      after: $after
      orderBy: $orderBy
      filter: { campaignId: $campaignId, hostSubtreeOf: $unitId, heldFrom: $from, heldTo: $to, search: $search }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          title
          heldAt
          format
          venueType
          audienceCount
          place
          host {
            name
          }
          lectureGroup {
            name
          }
        }
      }
    }
  }
  fragment ConsoleCampaignExportCell on CampaignEventCell {
    keys {
      label
    }
    eventCount
    audienceTotal
    volunteerCount
  }
`);

/**
 * What a view opened without a campaign or scope starts from: the signed-in user's unit (with its
 * ancestors) and the campaigns they can see, latest first; or the organizer of the campaign in the URL.
 */
export const CampaignViewDefaults = graphql(`
  query ConsoleCampaignViewDefaults($code: String!, $scoped: Boolean!, $campaignId: ID!, $hasCampaign: Boolean!) {
    ownUnit: orgUnitByCode(code: $code) @include(if: $scoped) {
      id
      code
      ancestors {
        code
      }
    }
    chosen: campaign(id: $campaignId) @include(if: $hasCampaign) {
      ...ConsoleDefaultCampaign
    }
    campaigns(first: 50, orderBy: { field: STARTS_ON, direction: DESC }) @skip(if: $hasCampaign) {
      edges {
        node {
          ...ConsoleDefaultCampaign
        }
      }
    }
  }
  fragment ConsoleDefaultCampaign on Campaign {
    id
    kind
    closedAt
    organizer {
      id
      code
      ancestors {
        id
        code
      }
    }
  }
`);
