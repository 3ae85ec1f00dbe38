import type { Operation } from './contract-operations';

/**
 * The statistics a county asks for by period and several dimensions at once (issue #19), on one
 * county center each time: measured on the county data and on the province data, where the p95
 * may be at most twice the county's (a county's figures must not cost more because the province
 * holds thirty other counties).
 */
export const STATISTICS_READS: { operation: Operation; variables: 'centerCode' | 'centerAndCampaign' | 'unitSearch' }[] = [
  {
    variables: 'centerCode',
    operation: {
      name: 'HoursByTownshipAndMonth',
      document: `query HoursByTownshipAndMonth($code: String!) {
  orgUnitByCode(code: $code) {
    serviceHoursBreakdown(dimensions: [TOWNSHIP, MONTH], from: "2021-01-01", to: "2021-12-31") { keys { key label } hours recordCount }
  }
}`,
    },
  },
  {
    variables: 'centerCode',
    operation: {
      name: 'RegistrationsByKindAndMonth',
      document: `query RegistrationsByKindAndMonth($code: String!) {
  orgUnitByCode(code: $code) {
    volunteerBreakdown(dimensions: [KIND, REGISTRATION_MONTH], from: "2021-01-01", to: "2021-12-31") { keys { key label } volunteerCount }
  }
}`,
    },
  },
  {
    variables: 'centerAndCampaign',
    operation: {
      name: 'EventsByTownshipAndMonth',
      document: `query EventsByTownshipAndMonth($code: String!, $campaignId: ID!) {
  orgUnitByCode(code: $code) {
    campaignEventBreakdown(dimensions: [TOWNSHIP, MONTH], campaignId: $campaignId, from: "2021-01-01", to: "2021-12-31", skipEmptyUnits: true) {
      keys { key label } eventCount audienceTotal
    }
    unitsWithoutEvents(campaignId: $campaignId, level: STATION, from: "2021-07-01", to: "2021-09-30") { id name }
  }
}`,
    },
  },
  {
    variables: 'unitSearch',
    operation: {
      name: 'SearchUnitsByPinyin',
      document: `query SearchUnitsByPinyin($search: String!) {
  orgUnits(filter: { search: $search }, first: 20, orderBy: { field: NAME }) { totalCount edges { node { id code name } } }
}`,
    },
  },
];
