import { graphql } from '../../../gql';

/**
 * Everything a unit's page shows, in one request (a view costs one GraphQL request). The ranking of
 * volunteers is for staff: a VOLUNTEER token is refused it, so it is asked for only with `withRanking`.
 */
export const UnitPageQuery = graphql(`
  query ConsoleOrgUnitPage($id: ID!, $from: Date, $to: Date, $fromInstant: DateTime, $toInstant: DateTime, $withRanking: Boolean!) {
    orgUnit(id: $id) {
      id
      code
      name
      level
      establishedOn
      closedOn
      address
      department
      isPilot
      contact {
        name
        title
        phone
      }
      ancestors {
        id
        name
      }
      designations {
        id
        title
        grantedOn
      }
      volunteerStats(from: $from, to: $to) {
        volunteerCount
        teamCount
        serviceHours
      }
      campaignStats(from: $from, to: $to) {
        eventCount
        audienceTotal
        volunteerCount
      }
      trainingStats(from: $from, to: $to) {
        programCount
        participantCount
        completedCount
      }
      hoursByMonth: serviceHoursBreakdown(from: $from, to: $to, dimensions: [MONTH], skipEmptyUnits: true) {
        keys {
          key
          label
        }
        hours
        recordCount
        volunteerCount
      }
      volunteersByKind: volunteerBreakdown(dimensions: [KIND]) {
        keys {
          key
          label
        }
        volunteerCount
      }
      volunteersByStar: volunteerBreakdown(dimensions: [STAR_LEVEL]) {
        keys {
          key
          label
        }
        volunteerCount
      }
      topVolunteers(first: 10, from: $fromInstant, to: $toInstant) @include(if: $withRanking) {
        rank
        hours
        volunteer {
          id
          name
          starLevel
        }
      }
      children {
        id
        name
        level
        closedOn
        volunteerStats(from: $from, to: $to) {
          volunteerCount
          teamCount
          serviceHours
        }
        campaignStats(from: $from, to: $to) {
          eventCount
          audienceTotal
        }
        trainingStats(from: $from, to: $to) {
          programCount
        }
      }
      campaignEvents(scope: SUBTREE, first: 10, orderBy: { field: HELD_AT, direction: DESC }, filter: { heldFrom: $from, heldTo: $to }) {
        totalCount
        edges {
          node {
            id
            title
            heldAt
            format
            venueType
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
      trainingPrograms {
        id
        title
        startsOn
        endsOn
        audience
        status
        participantCount
        place
      }
      venues {
        id
        name
        kind
        address
        openingHours
        capacity
      }
      ...ConsoleUnitCoverage
    }
    vocabulary {
      id
      eventFormat {
        value
        label
      }
      venueType {
        value
        label
      }
      venueKind {
        value
        label
      }
      trainingAudience {
        value
        label
      }
      trainingProgramStatus {
        value
        label
      }
    }
  }
`);
