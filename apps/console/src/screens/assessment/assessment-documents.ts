import { graphql } from '../../gql';

/**
 * The schemes the picker offers, each with its owner's place in the tree (to keep those above and
 * below the caller's own unit), and the caller's own unit with its ancestors for a scoped role.
 */
export const AssessmentSchemeList = graphql(`
  query ConsoleAssessmentSchemes($ownCode: String!, $scoped: Boolean!) {
    assessmentSchemes(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          from
          to
          state
          ownerUnit {
            id
            name
            ancestors {
              id
            }
          }
        }
      }
    }
    orgUnitByCode(code: $ownCode) @include(if: $scoped) {
      id
      ancestors {
        id
      }
    }
  }
`);

/** One scheme with its indicators and its ranking, computed by the API on every read. */
export const AssessmentSchemeDetail = graphql(`
  query ConsoleAssessmentScheme($id: ID!) {
    assessmentScheme(id: $id) {
      id
      name
      description
      from
      to
      state
      version
      rankedLevel
      weightTotal
      rankingAsOf
      ownerUnit {
        id
        name
        ancestors {
          id
        }
      }
      indicators {
        id
        kind
        target
        weight
        version
        formula
        description
      }
      ranking {
        rank
        totalScore
        maxScore
        unit {
          id
          name
        }
        indicators {
          value
          numerator
          denominator
          score
          indicator {
            id
          }
        }
      }
    }
    vocabulary {
      id
      assessmentIndicatorKind {
        value
        label
      }
      assessmentSchemeState {
        value
        label
      }
      rankedLevel {
        value
        label
      }
      assessmentEvidenceSource {
        value
        label
      }
    }
  }
`);

/** A page of the rows behind one indicator's figure of a unit (考核依据). */
export const AssessmentUnitEvidence = graphql(`
  query ConsoleAssessmentUnitEvidence($unitId: ID!, $schemeId: ID!, $kind: AssessmentIndicatorKind!, $first: Int!, $after: String) {
    orgUnit(id: $unitId) {
      id
      assessment(schemeId: $schemeId) {
        indicatorScore(kind: $kind) {
          rows(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                sourceKind
                sourceId
                day
                label
                amount
                unit
              }
            }
          }
        }
      }
    }
  }
`);

/** The inspections of the owner's subtree over the scheme's period, with their findings. */
export const AssessmentInspections = graphql(`
  query ConsoleAssessmentInspections($unitId: ID!, $from: Date, $to: Date, $after: String) {
    orgUnit(id: $unitId) {
      id
      inspections(first: 20, after: $after, filter: { from: $from, to: $to }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            inspectedOn
            inspectors
            summary
            openFindingCount
            overdueFindingCount
            orgUnit {
              id
              name
            }
            scheme {
              id
            }
            findings {
              id
              requiredFix
              dueOn
              state
              fixedOn
              fixReport
              verifiedOn
              overdue
            }
          }
        }
      }
    }
  }
`);

/** The recognitions of a scheme's period: units, then teams, then volunteers. */
export const AssessmentRecognitions = graphql(`
  query ConsoleAssessmentRecognitions($id: ID!, $after: String) {
    assessmentScheme(id: $id) {
      id
      recognitions(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            subjectKind
            title
            reason
            rankAtTime
            scoreAtTime
            recognizedOn
            unit {
              id
              name
            }
            team {
              id
              name
            }
            volunteer {
              id
              name
            }
          }
        }
      }
    }
    vocabulary {
      id
      recognitionSubject {
        value
        label
      }
    }
  }
`);

/** A new target or weight of one indicator, as read (its version). */
export const UpdateAssessmentIndicator = graphql(`
  mutation ConsoleUpdateAssessmentIndicator($input: UpdateAssessmentIndicatorInput!) {
    updateAssessmentIndicator(input: $input) {
      id
      target
      weight
      version
    }
  }
`);
