import type { Operation } from './contract-operations';

/**
 * Operations that touch one subgraph only, cut from the contract operations (the same fields, less
 * the ones another subgraph resolves): the same document goes through our gateway, the peer
 * gateway and straight to the subgraph, so the difference is what federation costs.
 */
export const SINGLE_SUBGRAPH_READS: {
  subgraph: string;
  operation: Operation;
  variables: 'unitCode' | 'volunteerId' | 'campaignId' | 'programId';
}[] = [
  {
    subgraph: 'org',
    variables: 'unitCode',
    operation: {
      name: 'OrgUnitTree',
      document: `query OrgUnitTree($code: String!) {
  orgUnitByCode(code: $code) {
    id name level isPilot establishedOn
    region { code name level }
    venues { id name kind }
    children { id name level isPilot }
  }
}`,
    },
  },
  {
    subgraph: 'volunteers',
    variables: 'volunteerId',
    operation: {
      name: 'VolunteerRecords',
      document: `query VolunteerRecords($id: ID!) {
  volunteer(id: $id) {
    id name phone starLevel totalServiceHours registeredAt
    teams { id name level theme }
    serviceRecords(first: 10) { totalCount edges { node { id startedAt endedAt hours description } } }
  }
}`,
    },
  },
  {
    subgraph: 'campaigns',
    variables: 'campaignId',
    operation: {
      name: 'CampaignEvents',
      document: `query CampaignEvents($id: ID!) {
  campaign(id: $id) {
    id name kind startsOn endsOn eventTarget
    stats { eventCount audienceTotal volunteerCount }
    byVenue: breakdown(by: VENUE_TYPE) { key label eventCount audienceTotal }
    events(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title heldAt format venueType audienceCount lectureGroup { id name } } } }
  }
}`,
    },
  },
  {
    subgraph: 'training',
    variables: 'programId',
    operation: {
      name: 'TrainingAgenda',
      document: `query TrainingAgenda($id: ID!) {
  trainingProgram(id: $id) {
    id title startsOn endsOn participantCount
    sessions { id kind title startsAt speaker }
    enrollments(first: 100) { totalCount edges { node { id participantName attended } } }
  }
}`,
    },
  },
];

export const RECORD_SERVICE: Operation = {
  name: 'RecordService',
  document: `mutation RecordService($input: RecordServiceInput!) {
  recordService(input: $input) { id hours status }
}`,
};

export const RECORD_CAMPAIGN_EVENT: Operation = {
  name: 'RecordCampaignEvent',
  document: `mutation RecordCampaignEvent($input: RecordCampaignEventInput!) {
  recordCampaignEvent(input: $input) { id title heldAt audienceCount }
}`,
};

/** The contract's OrderService without `orgUnit.name` (resolved by the org subgraph): the order flow on one subgraph. */
export const ORDER_SERVICE_SINGLE: Operation = {
  name: 'OrderService',
  document: `mutation OrderService($input: CreateServiceRequestInput!) {
  createServiceRequest(input: $input) { id status createdAt orgUnit { id } }
}`,
};
