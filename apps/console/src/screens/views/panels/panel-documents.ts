import { graphql } from '../../../gql';

/**
 * The operations a view's panels run, one per kind of figure, all sent together in one batch.
 * Every one is an aggregate the API gives callers without a token too (a shared view's public
 * link), except TopVolunteers, which names people and is asked for staff only.
 */

export const HeadlinePanelFigures = graphql(`
  query ConsoleViewHeadline($unitId: ID!, $campaignId: ID, $from: Date, $to: Date, $withHours: Boolean!) {
    orgUnit(id: $unitId) {
      id
      name
      campaignStats(campaignId: $campaignId, from: $from, to: $to) {
        eventCount
        audienceTotal
        volunteerCount
      }
      volunteerStats(from: $from, to: $to) @include(if: $withHours) {
        serviceHours
      }
    }
  }
`);

/** The headline of one campaign, with its targets (目标) when the scope is the campaign's organiser. */
export const CampaignHeadlinePanelFigures = graphql(`
  query ConsoleViewCampaignHeadline($unitId: ID!, $campaignId: ID!, $from: Date, $to: Date, $withHours: Boolean!) {
    orgUnit(id: $unitId) {
      id
      name
      campaignStats(campaignId: $campaignId, from: $from, to: $to) {
        eventCount
        audienceTotal
        volunteerCount
      }
      volunteerStats(from: $from, to: $to) @include(if: $withHours) {
        serviceHours
      }
    }
    campaign(id: $campaignId) {
      id
      name
      eventTarget
      audienceTarget
      organizer {
        id
      }
    }
  }
`);

export const EventBreakdownPanelFigures = graphql(`
  query ConsoleViewEventBreakdown(
    $unitId: ID!
    $campaignId: ID
    $from: Date
    $to: Date
    $dimension: EventDimension!
    $skipEmptyUnits: Boolean
    $withVolunteers: Boolean!
  ) {
    orgUnit(id: $unitId) {
      id
      name
      campaignEventBreakdown(dimensions: [$dimension], campaignId: $campaignId, from: $from, to: $to, skipEmptyUnits: $skipEmptyUnits) {
        keys {
          key
          label
        }
        eventCount
        audienceTotal
        volunteerCount @include(if: $withVolunteers)
      }
    }
  }
`);

export const ServiceHoursBreakdownPanelFigures = graphql(`
  query ConsoleViewServiceHoursBreakdown(
    $unitId: ID!
    $from: Date
    $to: Date
    $dimension: ServiceHoursDimension!
    $skipEmptyUnits: Boolean
  ) {
    orgUnit(id: $unitId) {
      id
      name
      serviceHoursBreakdown(dimensions: [$dimension], from: $from, to: $to, skipEmptyUnits: $skipEmptyUnits) {
        keys {
          key
          label
        }
        hours
        recordCount
        volunteerCount
      }
    }
  }
`);

export const VolunteerBreakdownPanelFigures = graphql(`
  query ConsoleViewVolunteerBreakdown($unitId: ID!, $from: Date, $to: Date, $dimension: VolunteerDimension!, $skipEmptyUnits: Boolean) {
    orgUnit(id: $unitId) {
      id
      name
      volunteerBreakdown(dimensions: [$dimension], from: $from, to: $to, skipEmptyUnits: $skipEmptyUnits) {
        keys {
          key
          label
        }
        volunteerCount
      }
    }
  }
`);

export const TrainingBreakdownPanelFigures = graphql(`
  query ConsoleViewTrainingBreakdown($unitId: ID!, $from: Date, $to: Date, $dimension: TrainingDimension!, $skipEmptyUnits: Boolean!) {
    orgUnit(id: $unitId) {
      id
      name
      trainingBreakdown(dimensions: [$dimension], from: $from, to: $to, skipEmptyUnits: $skipEmptyUnits) {
        keys {
          key
          label
        }
        programCount
        participantCount
        attendedCount
        completedCount
      }
    }
  }
`);

export const EventTablePanelRows = graphql(`
  query ConsoleViewEventTable($filter: CampaignEventFilter!, $first: Int!, $orderBy: CampaignEventOrder!) {
    campaignEvents(first: $first, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        node {
          id
          title
          heldAt
          format
          venueType
          place
          audienceCount
          host {
            id
            name
          }
          campaign {
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

/** Personal data (names): staff tokens only; a public view never asks for it. */
export const TopVolunteersPanelRows = graphql(`
  query ConsoleViewTopVolunteers($unitId: ID!, $first: Int!, $from: DateTime, $to: DateTime) {
    orgUnit(id: $unitId) {
      id
      name
      topVolunteers(first: $first, from: $from, to: $to) {
        rank
        hours
        volunteer {
          id
          name
        }
      }
    }
  }
`);

export const CoveragePanelFigures = graphql(`
  query ConsoleViewCoverage($unitId: ID!, $asOf: Date) {
    orgUnit(id: $unitId) {
      id
      name
      coverage(asOf: $asOf) {
        region {
          name
        }
        townships {
          total
          covered
          percentCovered
        }
        villages {
          total
          covered
          percentCovered
        }
      }
    }
  }
`);

/** Coverage with the units of a tier that held no event of the campaign in the period (未开展活动的单位). */
export const CampaignCoveragePanelFigures = graphql(`
  query ConsoleViewCampaignCoverage($unitId: ID!, $campaignId: ID!, $asOf: Date, $from: Date, $to: Date, $level: OrgLevel!) {
    orgUnit(id: $unitId) {
      id
      name
      coverage(asOf: $asOf) {
        region {
          name
        }
        townships {
          total
          covered
          percentCovered
        }
        villages {
          total
          covered
          percentCovered
        }
      }
      descendants(level: $level, first: 0) {
        totalCount
      }
      unitsWithoutEvents(campaignId: $campaignId, level: $level, from: $from, to: $to) {
        id
        name
      }
    }
  }
`);
