/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DailyWorkCampaignFigures($id: ID!) {\n    campaign(id: $id) {\n      id\n      version\n      closedAt\n      stats {\n        eventCount\n        audienceTotal\n      }\n      byFormat: breakdown(by: FORMAT) {\n        key\n        eventCount\n        audienceTotal\n      }\n      byPlace: breakdown(by: VENUE_TYPE) {\n        key\n        eventCount\n        audienceTotal\n      }\n      byMonth: breakdown(by: MONTH) {\n        key\n        eventCount\n        audienceTotal\n      }\n      organizer {\n        id\n        campaignStats(campaignId: $id) {\n          eventCount\n          audienceTotal\n        }\n        campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $id, skipEmptyUnits: true) {\n          keys {\n            key\n            label\n          }\n          eventCount\n          audienceTotal\n        }\n      }\n      events(first: 2, orderBy: { field: HELD_AT, direction: ASC }) {\n        edges {\n          node {\n            id\n            version\n            audienceCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.DailyWorkCampaignFiguresDocument,
    "\n  mutation DailyWorkCloseCampaign($input: CampaignStateInput!) {\n    closeCampaign(input: $input) {\n      closedAt\n      version\n    }\n  }\n": typeof types.DailyWorkCloseCampaignDocument,
    "\n  mutation DailyWorkCorrectEvent($input: CorrectCampaignEventInput!) {\n    correctCampaignEvent(input: $input) {\n      audienceCount\n      version\n    }\n  }\n": typeof types.DailyWorkCorrectEventDocument,
    "\n  mutation DailyWorkVoidEvent($input: VoidCampaignEventInput!) {\n    voidCampaignEvent(input: $input) {\n      voidedAt\n      voidReason\n    }\n  }\n": typeof types.DailyWorkVoidEventDocument,
    "\n  query DailyWorkAudit($entityId: ID!) {\n    auditLog(filter: { entityId: $entityId }, first: 20) {\n      edges {\n        node {\n          action\n          entityType\n          reason\n          changesJson\n          at\n        }\n      }\n    }\n  }\n": typeof types.DailyWorkAuditDocument,
    "\n  query DailyWorkHoursByTownshipAndMonth($code: String!) {\n    orgUnitByCode(code: $code) {\n      serviceHoursBreakdown(dimensions: [TOWNSHIP, MONTH], from: \"2021-01-01\", to: \"2021-12-31\") {\n        keys {\n          dimension\n          key\n          label\n        }\n        hours\n      }\n    }\n  }\n": typeof types.DailyWorkHoursByTownshipAndMonthDocument,
    "\n  query DailyWorkEventsByTownship($code: String!, $campaignId: ID!) {\n    orgUnitByCode(code: $code) {\n      campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $campaignId, from: \"2021-07-01\", to: \"2021-09-30\") {\n        keys {\n          key\n          label\n        }\n        eventCount\n        audienceTotal\n      }\n    }\n  }\n": typeof types.DailyWorkEventsByTownshipDocument,
    "\n  query DailyWorkStationsWithoutEvents($code: String!, $campaignId: ID!) {\n    orgUnitByCode(code: $code) {\n      unitsWithoutEvents(campaignId: $campaignId, level: STATION, from: \"2021-07-01\", to: \"2021-09-30\") {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DailyWorkStationsWithoutEventsDocument,
    "\n  query DailyWorkTopTen($code: String!) {\n    orgUnitByCode(code: $code) {\n      topVolunteers(first: 10, from: \"2021-01-01T00:00:00+08:00\", to: \"2022-01-01T00:00:00+08:00\") {\n        rank\n        hours\n        volunteer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DailyWorkTopTenDocument,
    "\n  query DailyWorkRegistrationsByKind($code: String!) {\n    orgUnitByCode(code: $code) {\n      volunteerBreakdown(dimensions: [KIND, REGISTRATION_MONTH], from: \"2021-01-01\", to: \"2021-12-31\") {\n        keys {\n          dimension\n          key\n          label\n        }\n        volunteerCount\n      }\n    }\n  }\n": typeof types.DailyWorkRegistrationsByKindDocument,
    "\n  query DailyWorkSearchUnits($search: String!) {\n    orgUnits(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.DailyWorkSearchUnitsDocument,
    "\n  query DailyWorkVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      version\n      skills\n      registeredAt\n    }\n  }\n": typeof types.DailyWorkVolunteerDocument,
    "\n  mutation DailyWorkUpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      version\n      skills\n    }\n  }\n": typeof types.DailyWorkUpdateVolunteerDocument,
    "\n  query DailyWorkLabels {\n    vocabulary {\n      eventFormat {\n        value\n        label\n      }\n      orgLevel {\n        value\n        label\n      }\n      volunteerKind {\n        value\n        label\n      }\n    }\n  }\n": typeof types.DailyWorkLabelsDocument,
    "\n  query HuidongHoursByMonth {\n    orgUnitByCode(code: \"513426-ZX\") {\n      serviceHoursByMonth(from: \"2020-07-01\", to: \"2021-12-31\") {\n        month\n        hours\n      }\n    }\n  }\n": typeof types.HuidongHoursByMonthDocument,
    "\n  query CampaignDates($after: String) {\n    campaigns(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          startsOn\n          endsOn\n          closedAt\n        }\n      }\n    }\n  }\n": typeof types.CampaignDatesDocument,
    "\n  query CampaignsActiveOn($day: Date!) {\n    campaigns(first: 100, filter: { activeOn: $day }) {\n      edges {\n        node {\n          name\n          endsOn\n        }\n      }\n    }\n  }\n": typeof types.CampaignsActiveOnDocument,
    "\n  query AcrossAllSubgraphs {\n    orgUnits(first: 5) {\n      totalCount\n      edges {\n        node {\n          name\n          volunteerStats(scope: SUBTREE) {\n            volunteerCount\n          }\n          campaignStats(scope: SUBTREE) {\n            eventCount\n          }\n          trainingPrograms {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.AcrossAllSubgraphsDocument,
    "\n  query VolunteerHomeUnit {\n    volunteer(id: \"1\") {\n      name\n      homeUnit {\n        name\n        level\n        ancestors {\n          level\n        }\n      }\n    }\n  }\n": typeof types.VolunteerHomeUnitDocument,
    "\n  query PageTooLarge {\n    orgUnits(first: 1000) {\n      totalCount\n    }\n  }\n": typeof types.PageTooLargeDocument,
    "\n  query HuidongUnitCounts {\n    orgUnitByCode(code: \"513426-ZX\") {\n      stations: descendants(level: STATION, first: 0) {\n        totalCount\n      }\n      institutes: descendants(level: INSTITUTE, first: 0) {\n        totalCount\n      }\n      subCenters: descendants(level: SUB_CENTER, first: 0) {\n        totalCount\n      }\n      points: descendants(level: POINT, first: 0) {\n        totalCount\n      }\n    }\n  }\n": typeof types.HuidongUnitCountsDocument,
    "\n  query XiaochaheAncestors {\n    orgUnits(filter: { search: \"小岔河\" }) {\n      edges {\n        node {\n          level\n          isPilot\n          ancestors {\n            code\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.XiaochaheAncestorsDocument,
    "\n  query HuidongCoverage {\n    orgUnitByCode(code: \"513426-ZX\") {\n      coverage {\n        townships {\n          uncovered {\n            code\n          }\n          percentCovered\n        }\n        villages {\n          total\n          covered\n          percentCovered\n          uncovered {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.HuidongCoverageDocument,
    "\n  mutation MoveUnit($id: ID!, $p: ID!) {\n    moveOrgUnit(id: $id, newParentId: $p) {\n      id\n    }\n  }\n": typeof types.MoveUnitDocument,
    "\n  mutation CreateTestPoint($p: ID!) {\n    createOrgUnit(input: { name: \"村小实践点\", code: \"T-MOVE-POINT\", level: POINT, parentId: $p }) {\n      id\n    }\n  }\n": typeof types.CreateTestPointDocument,
    "\n  query UnitFigures($id: ID!) {\n    orgUnit(id: $id) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n  }\n": typeof types.UnitFiguresDocument,
    "\n  query FiguresOfTwoUnits($from: String!, $to: String!) {\n    from: orgUnitByCode(code: $from) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n    to: orgUnitByCode(code: $to) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n  }\n": typeof types.FiguresOfTwoUnitsDocument,
    "\n  query TestPointAncestors {\n    orgUnitByCode(code: \"T-MOVE-POINT\") {\n      ancestors {\n        code\n      }\n    }\n  }\n": typeof types.TestPointAncestorsDocument,
    "\n  query CityStructure {\n    tongchuan: orgUnitByCode(code: \"610200-ZX\") {\n      children {\n        name\n        level\n        children {\n          name\n          level\n        }\n      }\n    }\n    qionglai: orgUnitByCode(code: \"510183-ZX\") {\n      children(level: INSTITUTE) {\n        name\n      }\n    }\n  }\n": typeof types.CityStructureDocument,
    "\n  query PreAppliedPoints {\n    chengdu: orgUnitByCode(code: \"510100-ZX\") {\n      id\n    }\n  }\n": typeof types.PreAppliedPointsDocument,
    "\n  query Applications($filter: DesignationApplicationFilter) {\n    designationApplications(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          applicant {\n            code\n            name\n            level\n            parent {\n              name\n            }\n          }\n          authority {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicationsDocument,
    "\n  mutation ReviewApplication($input: ApplicationStepInput!) {\n    reviewDesignationApplication(input: $input) {\n      state\n    }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n  mutation GrantApplication($input: ApplicationStepInput!) {\n    grantDesignationApplication(input: $input) {\n      state\n      decidedOn\n      designation {\n        id\n        title\n        kind\n        active\n      }\n      applicant {\n        code\n        designations {\n          title\n          kind\n        }\n      }\n    }\n  }\n": typeof types.GrantApplicationDocument,
    "\n  query GrantAudit($entityId: ID!) {\n    auditLog(first: 10, filter: { action: \"grantDesignationApplication\", entityId: $entityId }) {\n      edges {\n        node {\n          actor\n          role\n          actorOrgUnit\n          entityType\n          entityIds\n        }\n      }\n    }\n  }\n": typeof types.GrantAuditDocument,
    "\n  query RedSites {\n    venues(first: 20, filter: { kind: RED_EDUCATION_SITE }) {\n      edges {\n        node {\n          name\n          kind\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RedSitesDocument,
    "\n  query HuidongCoordination {\n    orgUnitByCode(code: \"513426-ZX\") {\n      jointMeetings(first: 20) {\n        totalCount\n        edges {\n          node {\n            heldOn\n            topic\n            attendees {\n              orgUnit {\n                level\n              }\n            }\n            decisions {\n              state\n              responsibleUnit {\n                name\n              }\n            }\n          }\n        }\n      }\n      coordination(from: \"2020-07-01\", to: \"2021-12-31\") {\n        meetingsHeld\n        rows {\n          meetingsAttended\n          decisionsAssigned\n          decisionsDone\n          orgUnit {\n            level\n            department\n          }\n        }\n      }\n    }\n  }\n": typeof types.HuidongCoordinationDocument,
    "\n  mutation RecordMeeting($input: RecordJointMeetingInput!) {\n    recordJointMeeting(input: $input) {\n      id\n      topic\n    }\n  }\n": typeof types.RecordMeetingDocument,
    "\n  mutation CreateBackboneTraining($o: ID!) {\n    createTrainingProgram(input: { title: \"2027年志愿服务骨干培训\", organizerId: $o, startsOn: \"2027-03-01\", endsOn: \"2027-03-03\" }) {\n      id\n    }\n  }\n": typeof types.CreateBackboneTrainingDocument,
    "\n  query PersonalData($id: ID!) {\n    volunteer(id: $id) {\n      id\n      name\n      phone\n      idNumber\n    }\n  }\n": typeof types.PersonalDataDocument,
    "\n  query VolunteerPhone($id: ID!) {\n    volunteer(id: $id) {\n      phone\n    }\n  }\n": typeof types.VolunteerPhoneDocument,
    "\n  query VolunteerList {\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.VolunteerListDocument,
    "\n  query PublicFigures($code: String!) {\n    orgUnitByCode(code: $code) {\n      name\n      volunteerStats {\n        volunteerCount\n      }\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n    trainingPrograms(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.PublicFiguresDocument,
    "\n  mutation CreateTestPointUnder($p: ID!, $c: String!) {\n    createOrgUnit(input: { name: \"测试实践点\", code: $c, level: POINT, parentId: $p }) {\n      id\n    }\n  }\n": typeof types.CreateTestPointUnderDocument,
    "\n  mutation RegisterTestVolunteer($u: ID!, $id: String!) {\n    registerVolunteer(input: { name: \"测试志愿者\", idNumber: $id, phone: \"13900000000\", homeUnitId: $u, consent: true }) {\n      id\n    }\n  }\n": typeof types.RegisterTestVolunteerDocument,
    "\n  mutation CreateTestCampaign($o: ID!) {\n    createCampaign(input: { name: \"移风易俗宣讲\", kind: CUSTOMS_REFORM, organizerId: $o }) {\n      id\n    }\n  }\n": typeof types.CreateTestCampaignDocument,
    "\n  mutation EnrollVolunteerThemselves($p: ID!, $v: ID!) {\n    enroll(input: { programId: $p, participantName: \"志愿者本人\", volunteerId: $v }) {\n      id\n      volunteer {\n        id\n      }\n    }\n  }\n": typeof types.EnrollVolunteerThemselvesDocument,
    "\n  query InstituteVolunteerStats($c: String!) {\n    orgUnitByCode(code: $c) {\n      id\n      volunteerStats {\n        volunteerCount\n      }\n    }\n  }\n": typeof types.InstituteVolunteerStatsDocument,
    "\n  mutation MoveUnitUnder($id: ID!, $p: ID!) {\n    moveOrgUnit(id: $id, newParentId: $p) {\n      parent {\n        code\n      }\n      ancestors {\n        code\n      }\n    }\n  }\n": typeof types.MoveUnitUnderDocument,
    "\n  query AuditLogEntries($f: AuditLogFilter) {\n    auditLog(filter: $f, first: 5) {\n      totalCount\n      edges {\n        node {\n          actor\n          role\n          actorOrgUnit\n          action\n          entityType\n          entityIds\n          service\n          requestId\n          at\n        }\n      }\n    }\n  }\n": typeof types.AuditLogEntriesDocument,
    "\n  mutation SaveCampaignView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      version\n      createdBy\n      shareKey\n      ownerUnit {\n        name\n        level\n      }\n    }\n  }\n": typeof types.SaveCampaignViewDocument,
    "\n  query MySavedViews($search: String) {\n    savedViews(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ownerUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MySavedViewsDocument,
    "\n  query OneSavedView($id: ID!) {\n    savedView(id: $id) {\n      id\n      name\n      definition\n      version\n      shareKey\n    }\n  }\n": typeof types.OneSavedViewDocument,
    "\n  mutation RenameSavedView($id: ID!, $version: Int!, $name: String!) {\n    updateSavedView(id: $id, input: { expectedVersion: $version, name: $name }) {\n      name\n      version\n    }\n  }\n": typeof types.RenameSavedViewDocument,
    "\n  mutation ShareSavedView($id: ID!, $version: Int!) {\n    shareSavedView(id: $id, expectedVersion: $version) {\n      version\n      shareKey\n    }\n  }\n": typeof types.ShareSavedViewDocument,
    "\n  mutation UnshareSavedView($id: ID!, $version: Int!) {\n    unshareSavedView(id: $id, expectedVersion: $version) {\n      version\n      shareKey\n    }\n  }\n": typeof types.UnshareSavedViewDocument,
    "\n  query WallScreenView($key: String!) {\n    publicView(shareKey: $key) {\n      name\n      description\n      definition\n      ownerUnitName\n      updatedAt\n    }\n  }\n": typeof types.WallScreenViewDocument,
    "\n  query AnalystsSavedQueries {\n    savedQueries(first: 20) {\n      edges {\n        node {\n          name\n          query\n          variables\n          ownerUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnalystsSavedQueriesDocument,
    "\n  query OrgOnly {\n    orgUnitByCode(code: \"513426-ZX\") {\n      name\n      children {\n        name\n      }\n    }\n  }\n": typeof types.OrgOnlyDocument,
    "\n  query OrgAndVolunteers {\n    orgUnits(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          level\n        }\n      }\n    }\n    center: orgUnitByCode(code: \"513426-ZX\") {\n      name\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n      }\n    }\n    volunteer(id: \"1\") {\n      name\n    }\n  }\n": typeof types.OrgAndVolunteersDocument,
    "\n  query SiteVisitsAndTrainingFigures {\n    wenjiang: orgUnitByCode(code: \"510115-ZX\") {\n      hostedSiteVisits {\n        title\n        program {\n          organizer {\n            name\n          }\n        }\n      }\n    }\n    huidong: orgUnitByCode(code: \"513426-ZX\") {\n      trainingStats(year: 2021, audience: VOLUNTEERS) {\n        programCount\n        participantCount\n      }\n    }\n  }\n": typeof types.SiteVisitsAndTrainingFiguresDocument,
    "\n  query OwnTrainingRecord($id: ID!) {\n    volunteer(id: $id) {\n      id\n      name\n      enrollments {\n        program {\n          title\n        }\n        attended\n        completed\n        certificateNumber\n      }\n    }\n  }\n": typeof types.OwnTrainingRecordDocument,
    "\n  mutation CreateSmallProgram($o: ID!) {\n    createTrainingProgram(\n      input: {\n        title: \"2030年邛崃市实践站站长培训\"\n        organizerId: $o\n        startsOn: \"2030-07-14\"\n        endsOn: \"2030-07-16\"\n        capacity: 2\n        audience: STAFF\n      }\n    ) {\n      id\n    }\n  }\n": typeof types.CreateSmallProgramDocument,
    "\n  mutation AddSessionAfterTheProgram($p: ID!) {\n    addTrainingSession(\n      input: { programId: $p, kind: LECTURE, title: \"讲座\", startsAt: \"2030-07-17T09:00:00+08:00\", endsAt: \"2030-07-17T11:00:00+08:00\" }\n    ) {\n      id\n    }\n  }\n": typeof types.AddSessionAfterTheProgramDocument,
    "\n  mutation AddSessionEndingBeforeItStarts($p: ID!) {\n    addTrainingSession(\n      input: { programId: $p, kind: LECTURE, title: \"讲座\", startsAt: \"2030-07-15T11:00:00+08:00\", endsAt: \"2030-07-15T09:00:00+08:00\" }\n    ) {\n      id\n    }\n  }\n": typeof types.AddSessionEndingBeforeItStartsDocument,
    "\n  mutation EnrollFromTheCivilizationOffice($p: ID!, $n: String!) {\n    enroll(input: { programId: $p, participantName: $n, participantUnitName: \"邛崃市文明办\" }) {\n      id\n    }\n  }\n": typeof types.EnrollFromTheCivilizationOfficeDocument,
    "\n  query HuidongVolunteering {\n    orgUnitByCode(code: \"513426-ZX\") {\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n        serviceHours\n        teamCount\n      }\n      volunteerTeams {\n        level\n        theme\n      }\n    }\n  }\n": typeof types.HuidongVolunteeringDocument,
    "query CampaignView($id: ID!, $first: Int = 20, $after: String) {\n  campaign(id: $id) {\n    id\n    name\n    kind\n    startsOn\n    endsOn\n    eventTarget\n    organizer {\n      id\n      name\n      level\n      region {\n        code\n        name\n      }\n    }\n    stats {\n      eventCount\n      audienceTotal\n      volunteerCount\n    }\n    byVenue: breakdown(by: VENUE_TYPE) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    byTownship: breakdown(by: ORG_UNIT) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    byMonth: breakdown(by: MONTH) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          heldAt\n          format\n          venueType\n          audienceCount\n          lectureGroup {\n            id\n            name\n          }\n          host {\n            id\n            name\n            level\n            ancestors {\n              id\n              name\n              level\n            }\n          }\n          volunteers {\n            id\n            name\n            starLevel\n            totalServiceHours\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CampaignViewDocument,
    "query OrgDashboard($code: String!) {\n  orgUnitByCode(code: $code) {\n    id\n    name\n    level\n    isPilot\n    establishedOn\n    region {\n      code\n      name\n      level\n    }\n    volunteerStats(scope: SUBTREE) {\n      volunteerCount\n      teamCount\n      serviceHours\n    }\n    campaignStats(scope: SUBTREE) {\n      eventCount\n      audienceTotal\n      volunteerCount\n    }\n    trainingPrograms {\n      id\n      title\n      startsOn\n      endsOn\n      participantCount\n    }\n    venues {\n      id\n      name\n      kind\n    }\n    children {\n      id\n      name\n      level\n      isPilot\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n        teamCount\n        serviceHours\n      }\n      campaignStats(scope: SUBTREE) {\n        eventCount\n        audienceTotal\n      }\n    }\n  }\n}": typeof types.OrgDashboardDocument,
    "mutation OrderService($input: CreateServiceRequestInput!) {\n  createServiceRequest(input: $input) {\n    id\n    status\n    createdAt\n    orgUnit {\n      id\n      name\n    }\n  }\n}\n\nmutation DispatchService($id: ID!, $teamId: ID!) {\n  dispatchServiceRequest(id: $id, teamId: $teamId) {\n    id\n    status\n    assignedTeam {\n      id\n      name\n    }\n  }\n}\n\nmutation AcceptService($id: ID!) {\n  acceptServiceRequest(id: $id) {\n    id\n    status\n  }\n}\n\nmutation CompleteService($id: ID!) {\n  completeServiceRequest(id: $id) {\n    id\n    status\n  }\n}\n\nmutation RateService($id: ID!, $rating: Int!, $comment: String) {\n  rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n    id\n    status\n    rating\n  }\n}": typeof types.OrderServiceDocument,
    "query TrainingProgramView($id: ID!) {\n  trainingProgram(id: $id) {\n    id\n    title\n    startsOn\n    endsOn\n    organizer {\n      id\n      name\n      ancestors {\n        name\n      }\n    }\n    participantCount\n    sessions {\n      id\n      kind\n      title\n      startsAt\n      speaker\n      visitedUnit {\n        id\n        name\n        level\n        parent {\n          name\n        }\n      }\n    }\n    enrollments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          participantName\n          attended\n          participantUnit {\n            name\n            level\n          }\n          volunteer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.TrainingProgramViewDocument,
    "query VolunteerProfile($id: ID!) {\n  volunteer(id: $id) {\n    id\n    name\n    phone\n    starLevel\n    totalServiceHours\n    registeredAt\n    homeUnit {\n      id\n      name\n      level\n      ancestors {\n        name\n        level\n      }\n    }\n    teams {\n      id\n      name\n      level\n      theme\n      orgUnit {\n        name\n      }\n    }\n    serviceRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          endedAt\n          hours\n          description\n          campaignEvent {\n            id\n            title\n            campaign {\n              name\n            }\n          }\n        }\n      }\n    }\n    campaignEvents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          heldAt\n        }\n      }\n    }\n    enrollments {\n      id\n      attended\n      program {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n}": typeof types.VolunteerProfileDocument,
};
const documents: Documents = {
    "\n  query DailyWorkCampaignFigures($id: ID!) {\n    campaign(id: $id) {\n      id\n      version\n      closedAt\n      stats {\n        eventCount\n        audienceTotal\n      }\n      byFormat: breakdown(by: FORMAT) {\n        key\n        eventCount\n        audienceTotal\n      }\n      byPlace: breakdown(by: VENUE_TYPE) {\n        key\n        eventCount\n        audienceTotal\n      }\n      byMonth: breakdown(by: MONTH) {\n        key\n        eventCount\n        audienceTotal\n      }\n      organizer {\n        id\n        campaignStats(campaignId: $id) {\n          eventCount\n          audienceTotal\n        }\n        campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $id, skipEmptyUnits: true) {\n          keys {\n            key\n            label\n          }\n          eventCount\n          audienceTotal\n        }\n      }\n      events(first: 2, orderBy: { field: HELD_AT, direction: ASC }) {\n        edges {\n          node {\n            id\n            version\n            audienceCount\n          }\n        }\n      }\n    }\n  }\n": types.DailyWorkCampaignFiguresDocument,
    "\n  mutation DailyWorkCloseCampaign($input: CampaignStateInput!) {\n    closeCampaign(input: $input) {\n      closedAt\n      version\n    }\n  }\n": types.DailyWorkCloseCampaignDocument,
    "\n  mutation DailyWorkCorrectEvent($input: CorrectCampaignEventInput!) {\n    correctCampaignEvent(input: $input) {\n      audienceCount\n      version\n    }\n  }\n": types.DailyWorkCorrectEventDocument,
    "\n  mutation DailyWorkVoidEvent($input: VoidCampaignEventInput!) {\n    voidCampaignEvent(input: $input) {\n      voidedAt\n      voidReason\n    }\n  }\n": types.DailyWorkVoidEventDocument,
    "\n  query DailyWorkAudit($entityId: ID!) {\n    auditLog(filter: { entityId: $entityId }, first: 20) {\n      edges {\n        node {\n          action\n          entityType\n          reason\n          changesJson\n          at\n        }\n      }\n    }\n  }\n": types.DailyWorkAuditDocument,
    "\n  query DailyWorkHoursByTownshipAndMonth($code: String!) {\n    orgUnitByCode(code: $code) {\n      serviceHoursBreakdown(dimensions: [TOWNSHIP, MONTH], from: \"2021-01-01\", to: \"2021-12-31\") {\n        keys {\n          dimension\n          key\n          label\n        }\n        hours\n      }\n    }\n  }\n": types.DailyWorkHoursByTownshipAndMonthDocument,
    "\n  query DailyWorkEventsByTownship($code: String!, $campaignId: ID!) {\n    orgUnitByCode(code: $code) {\n      campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $campaignId, from: \"2021-07-01\", to: \"2021-09-30\") {\n        keys {\n          key\n          label\n        }\n        eventCount\n        audienceTotal\n      }\n    }\n  }\n": types.DailyWorkEventsByTownshipDocument,
    "\n  query DailyWorkStationsWithoutEvents($code: String!, $campaignId: ID!) {\n    orgUnitByCode(code: $code) {\n      unitsWithoutEvents(campaignId: $campaignId, level: STATION, from: \"2021-07-01\", to: \"2021-09-30\") {\n        id\n        name\n      }\n    }\n  }\n": types.DailyWorkStationsWithoutEventsDocument,
    "\n  query DailyWorkTopTen($code: String!) {\n    orgUnitByCode(code: $code) {\n      topVolunteers(first: 10, from: \"2021-01-01T00:00:00+08:00\", to: \"2022-01-01T00:00:00+08:00\") {\n        rank\n        hours\n        volunteer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DailyWorkTopTenDocument,
    "\n  query DailyWorkRegistrationsByKind($code: String!) {\n    orgUnitByCode(code: $code) {\n      volunteerBreakdown(dimensions: [KIND, REGISTRATION_MONTH], from: \"2021-01-01\", to: \"2021-12-31\") {\n        keys {\n          dimension\n          key\n          label\n        }\n        volunteerCount\n      }\n    }\n  }\n": types.DailyWorkRegistrationsByKindDocument,
    "\n  query DailyWorkSearchUnits($search: String!) {\n    orgUnits(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.DailyWorkSearchUnitsDocument,
    "\n  query DailyWorkVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      version\n      skills\n      registeredAt\n    }\n  }\n": types.DailyWorkVolunteerDocument,
    "\n  mutation DailyWorkUpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      version\n      skills\n    }\n  }\n": types.DailyWorkUpdateVolunteerDocument,
    "\n  query DailyWorkLabels {\n    vocabulary {\n      eventFormat {\n        value\n        label\n      }\n      orgLevel {\n        value\n        label\n      }\n      volunteerKind {\n        value\n        label\n      }\n    }\n  }\n": types.DailyWorkLabelsDocument,
    "\n  query HuidongHoursByMonth {\n    orgUnitByCode(code: \"513426-ZX\") {\n      serviceHoursByMonth(from: \"2020-07-01\", to: \"2021-12-31\") {\n        month\n        hours\n      }\n    }\n  }\n": types.HuidongHoursByMonthDocument,
    "\n  query CampaignDates($after: String) {\n    campaigns(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          startsOn\n          endsOn\n          closedAt\n        }\n      }\n    }\n  }\n": types.CampaignDatesDocument,
    "\n  query CampaignsActiveOn($day: Date!) {\n    campaigns(first: 100, filter: { activeOn: $day }) {\n      edges {\n        node {\n          name\n          endsOn\n        }\n      }\n    }\n  }\n": types.CampaignsActiveOnDocument,
    "\n  query AcrossAllSubgraphs {\n    orgUnits(first: 5) {\n      totalCount\n      edges {\n        node {\n          name\n          volunteerStats(scope: SUBTREE) {\n            volunteerCount\n          }\n          campaignStats(scope: SUBTREE) {\n            eventCount\n          }\n          trainingPrograms {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.AcrossAllSubgraphsDocument,
    "\n  query VolunteerHomeUnit {\n    volunteer(id: \"1\") {\n      name\n      homeUnit {\n        name\n        level\n        ancestors {\n          level\n        }\n      }\n    }\n  }\n": types.VolunteerHomeUnitDocument,
    "\n  query PageTooLarge {\n    orgUnits(first: 1000) {\n      totalCount\n    }\n  }\n": types.PageTooLargeDocument,
    "\n  query HuidongUnitCounts {\n    orgUnitByCode(code: \"513426-ZX\") {\n      stations: descendants(level: STATION, first: 0) {\n        totalCount\n      }\n      institutes: descendants(level: INSTITUTE, first: 0) {\n        totalCount\n      }\n      subCenters: descendants(level: SUB_CENTER, first: 0) {\n        totalCount\n      }\n      points: descendants(level: POINT, first: 0) {\n        totalCount\n      }\n    }\n  }\n": types.HuidongUnitCountsDocument,
    "\n  query XiaochaheAncestors {\n    orgUnits(filter: { search: \"小岔河\" }) {\n      edges {\n        node {\n          level\n          isPilot\n          ancestors {\n            code\n            level\n          }\n        }\n      }\n    }\n  }\n": types.XiaochaheAncestorsDocument,
    "\n  query HuidongCoverage {\n    orgUnitByCode(code: \"513426-ZX\") {\n      coverage {\n        townships {\n          uncovered {\n            code\n          }\n          percentCovered\n        }\n        villages {\n          total\n          covered\n          percentCovered\n          uncovered {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.HuidongCoverageDocument,
    "\n  mutation MoveUnit($id: ID!, $p: ID!) {\n    moveOrgUnit(id: $id, newParentId: $p) {\n      id\n    }\n  }\n": types.MoveUnitDocument,
    "\n  mutation CreateTestPoint($p: ID!) {\n    createOrgUnit(input: { name: \"村小实践点\", code: \"T-MOVE-POINT\", level: POINT, parentId: $p }) {\n      id\n    }\n  }\n": types.CreateTestPointDocument,
    "\n  query UnitFigures($id: ID!) {\n    orgUnit(id: $id) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n  }\n": types.UnitFiguresDocument,
    "\n  query FiguresOfTwoUnits($from: String!, $to: String!) {\n    from: orgUnitByCode(code: $from) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n    to: orgUnitByCode(code: $to) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n  }\n": types.FiguresOfTwoUnitsDocument,
    "\n  query TestPointAncestors {\n    orgUnitByCode(code: \"T-MOVE-POINT\") {\n      ancestors {\n        code\n      }\n    }\n  }\n": types.TestPointAncestorsDocument,
    "\n  query CityStructure {\n    tongchuan: orgUnitByCode(code: \"610200-ZX\") {\n      children {\n        name\n        level\n        children {\n          name\n          level\n        }\n      }\n    }\n    qionglai: orgUnitByCode(code: \"510183-ZX\") {\n      children(level: INSTITUTE) {\n        name\n      }\n    }\n  }\n": types.CityStructureDocument,
    "\n  query PreAppliedPoints {\n    chengdu: orgUnitByCode(code: \"510100-ZX\") {\n      id\n    }\n  }\n": types.PreAppliedPointsDocument,
    "\n  query Applications($filter: DesignationApplicationFilter) {\n    designationApplications(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          applicant {\n            code\n            name\n            level\n            parent {\n              name\n            }\n          }\n          authority {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ApplicationsDocument,
    "\n  mutation ReviewApplication($input: ApplicationStepInput!) {\n    reviewDesignationApplication(input: $input) {\n      state\n    }\n  }\n": types.ReviewApplicationDocument,
    "\n  mutation GrantApplication($input: ApplicationStepInput!) {\n    grantDesignationApplication(input: $input) {\n      state\n      decidedOn\n      designation {\n        id\n        title\n        kind\n        active\n      }\n      applicant {\n        code\n        designations {\n          title\n          kind\n        }\n      }\n    }\n  }\n": types.GrantApplicationDocument,
    "\n  query GrantAudit($entityId: ID!) {\n    auditLog(first: 10, filter: { action: \"grantDesignationApplication\", entityId: $entityId }) {\n      edges {\n        node {\n          actor\n          role\n          actorOrgUnit\n          entityType\n          entityIds\n        }\n      }\n    }\n  }\n": types.GrantAuditDocument,
    "\n  query RedSites {\n    venues(first: 20, filter: { kind: RED_EDUCATION_SITE }) {\n      edges {\n        node {\n          name\n          kind\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RedSitesDocument,
    "\n  query HuidongCoordination {\n    orgUnitByCode(code: \"513426-ZX\") {\n      jointMeetings(first: 20) {\n        totalCount\n        edges {\n          node {\n            heldOn\n            topic\n            attendees {\n              orgUnit {\n                level\n              }\n            }\n            decisions {\n              state\n              responsibleUnit {\n                name\n              }\n            }\n          }\n        }\n      }\n      coordination(from: \"2020-07-01\", to: \"2021-12-31\") {\n        meetingsHeld\n        rows {\n          meetingsAttended\n          decisionsAssigned\n          decisionsDone\n          orgUnit {\n            level\n            department\n          }\n        }\n      }\n    }\n  }\n": types.HuidongCoordinationDocument,
    "\n  mutation RecordMeeting($input: RecordJointMeetingInput!) {\n    recordJointMeeting(input: $input) {\n      id\n      topic\n    }\n  }\n": types.RecordMeetingDocument,
    "\n  mutation CreateBackboneTraining($o: ID!) {\n    createTrainingProgram(input: { title: \"2027年志愿服务骨干培训\", organizerId: $o, startsOn: \"2027-03-01\", endsOn: \"2027-03-03\" }) {\n      id\n    }\n  }\n": types.CreateBackboneTrainingDocument,
    "\n  query PersonalData($id: ID!) {\n    volunteer(id: $id) {\n      id\n      name\n      phone\n      idNumber\n    }\n  }\n": types.PersonalDataDocument,
    "\n  query VolunteerPhone($id: ID!) {\n    volunteer(id: $id) {\n      phone\n    }\n  }\n": types.VolunteerPhoneDocument,
    "\n  query VolunteerList {\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n": types.VolunteerListDocument,
    "\n  query PublicFigures($code: String!) {\n    orgUnitByCode(code: $code) {\n      name\n      volunteerStats {\n        volunteerCount\n      }\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n    trainingPrograms(first: 1) {\n      totalCount\n    }\n  }\n": types.PublicFiguresDocument,
    "\n  mutation CreateTestPointUnder($p: ID!, $c: String!) {\n    createOrgUnit(input: { name: \"测试实践点\", code: $c, level: POINT, parentId: $p }) {\n      id\n    }\n  }\n": types.CreateTestPointUnderDocument,
    "\n  mutation RegisterTestVolunteer($u: ID!, $id: String!) {\n    registerVolunteer(input: { name: \"测试志愿者\", idNumber: $id, phone: \"13900000000\", homeUnitId: $u, consent: true }) {\n      id\n    }\n  }\n": types.RegisterTestVolunteerDocument,
    "\n  mutation CreateTestCampaign($o: ID!) {\n    createCampaign(input: { name: \"移风易俗宣讲\", kind: CUSTOMS_REFORM, organizerId: $o }) {\n      id\n    }\n  }\n": types.CreateTestCampaignDocument,
    "\n  mutation EnrollVolunteerThemselves($p: ID!, $v: ID!) {\n    enroll(input: { programId: $p, participantName: \"志愿者本人\", volunteerId: $v }) {\n      id\n      volunteer {\n        id\n      }\n    }\n  }\n": types.EnrollVolunteerThemselvesDocument,
    "\n  query InstituteVolunteerStats($c: String!) {\n    orgUnitByCode(code: $c) {\n      id\n      volunteerStats {\n        volunteerCount\n      }\n    }\n  }\n": types.InstituteVolunteerStatsDocument,
    "\n  mutation MoveUnitUnder($id: ID!, $p: ID!) {\n    moveOrgUnit(id: $id, newParentId: $p) {\n      parent {\n        code\n      }\n      ancestors {\n        code\n      }\n    }\n  }\n": types.MoveUnitUnderDocument,
    "\n  query AuditLogEntries($f: AuditLogFilter) {\n    auditLog(filter: $f, first: 5) {\n      totalCount\n      edges {\n        node {\n          actor\n          role\n          actorOrgUnit\n          action\n          entityType\n          entityIds\n          service\n          requestId\n          at\n        }\n      }\n    }\n  }\n": types.AuditLogEntriesDocument,
    "\n  mutation SaveCampaignView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      version\n      createdBy\n      shareKey\n      ownerUnit {\n        name\n        level\n      }\n    }\n  }\n": types.SaveCampaignViewDocument,
    "\n  query MySavedViews($search: String) {\n    savedViews(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ownerUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MySavedViewsDocument,
    "\n  query OneSavedView($id: ID!) {\n    savedView(id: $id) {\n      id\n      name\n      definition\n      version\n      shareKey\n    }\n  }\n": types.OneSavedViewDocument,
    "\n  mutation RenameSavedView($id: ID!, $version: Int!, $name: String!) {\n    updateSavedView(id: $id, input: { expectedVersion: $version, name: $name }) {\n      name\n      version\n    }\n  }\n": types.RenameSavedViewDocument,
    "\n  mutation ShareSavedView($id: ID!, $version: Int!) {\n    shareSavedView(id: $id, expectedVersion: $version) {\n      version\n      shareKey\n    }\n  }\n": types.ShareSavedViewDocument,
    "\n  mutation UnshareSavedView($id: ID!, $version: Int!) {\n    unshareSavedView(id: $id, expectedVersion: $version) {\n      version\n      shareKey\n    }\n  }\n": types.UnshareSavedViewDocument,
    "\n  query WallScreenView($key: String!) {\n    publicView(shareKey: $key) {\n      name\n      description\n      definition\n      ownerUnitName\n      updatedAt\n    }\n  }\n": types.WallScreenViewDocument,
    "\n  query AnalystsSavedQueries {\n    savedQueries(first: 20) {\n      edges {\n        node {\n          name\n          query\n          variables\n          ownerUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AnalystsSavedQueriesDocument,
    "\n  query OrgOnly {\n    orgUnitByCode(code: \"513426-ZX\") {\n      name\n      children {\n        name\n      }\n    }\n  }\n": types.OrgOnlyDocument,
    "\n  query OrgAndVolunteers {\n    orgUnits(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          level\n        }\n      }\n    }\n    center: orgUnitByCode(code: \"513426-ZX\") {\n      name\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n      }\n    }\n    volunteer(id: \"1\") {\n      name\n    }\n  }\n": types.OrgAndVolunteersDocument,
    "\n  query SiteVisitsAndTrainingFigures {\n    wenjiang: orgUnitByCode(code: \"510115-ZX\") {\n      hostedSiteVisits {\n        title\n        program {\n          organizer {\n            name\n          }\n        }\n      }\n    }\n    huidong: orgUnitByCode(code: \"513426-ZX\") {\n      trainingStats(year: 2021, audience: VOLUNTEERS) {\n        programCount\n        participantCount\n      }\n    }\n  }\n": types.SiteVisitsAndTrainingFiguresDocument,
    "\n  query OwnTrainingRecord($id: ID!) {\n    volunteer(id: $id) {\n      id\n      name\n      enrollments {\n        program {\n          title\n        }\n        attended\n        completed\n        certificateNumber\n      }\n    }\n  }\n": types.OwnTrainingRecordDocument,
    "\n  mutation CreateSmallProgram($o: ID!) {\n    createTrainingProgram(\n      input: {\n        title: \"2030年邛崃市实践站站长培训\"\n        organizerId: $o\n        startsOn: \"2030-07-14\"\n        endsOn: \"2030-07-16\"\n        capacity: 2\n        audience: STAFF\n      }\n    ) {\n      id\n    }\n  }\n": types.CreateSmallProgramDocument,
    "\n  mutation AddSessionAfterTheProgram($p: ID!) {\n    addTrainingSession(\n      input: { programId: $p, kind: LECTURE, title: \"讲座\", startsAt: \"2030-07-17T09:00:00+08:00\", endsAt: \"2030-07-17T11:00:00+08:00\" }\n    ) {\n      id\n    }\n  }\n": types.AddSessionAfterTheProgramDocument,
    "\n  mutation AddSessionEndingBeforeItStarts($p: ID!) {\n    addTrainingSession(\n      input: { programId: $p, kind: LECTURE, title: \"讲座\", startsAt: \"2030-07-15T11:00:00+08:00\", endsAt: \"2030-07-15T09:00:00+08:00\" }\n    ) {\n      id\n    }\n  }\n": types.AddSessionEndingBeforeItStartsDocument,
    "\n  mutation EnrollFromTheCivilizationOffice($p: ID!, $n: String!) {\n    enroll(input: { programId: $p, participantName: $n, participantUnitName: \"邛崃市文明办\" }) {\n      id\n    }\n  }\n": types.EnrollFromTheCivilizationOfficeDocument,
    "\n  query HuidongVolunteering {\n    orgUnitByCode(code: \"513426-ZX\") {\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n        serviceHours\n        teamCount\n      }\n      volunteerTeams {\n        level\n        theme\n      }\n    }\n  }\n": types.HuidongVolunteeringDocument,
    "query CampaignView($id: ID!, $first: Int = 20, $after: String) {\n  campaign(id: $id) {\n    id\n    name\n    kind\n    startsOn\n    endsOn\n    eventTarget\n    organizer {\n      id\n      name\n      level\n      region {\n        code\n        name\n      }\n    }\n    stats {\n      eventCount\n      audienceTotal\n      volunteerCount\n    }\n    byVenue: breakdown(by: VENUE_TYPE) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    byTownship: breakdown(by: ORG_UNIT) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    byMonth: breakdown(by: MONTH) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          heldAt\n          format\n          venueType\n          audienceCount\n          lectureGroup {\n            id\n            name\n          }\n          host {\n            id\n            name\n            level\n            ancestors {\n              id\n              name\n              level\n            }\n          }\n          volunteers {\n            id\n            name\n            starLevel\n            totalServiceHours\n          }\n        }\n      }\n    }\n  }\n}": types.CampaignViewDocument,
    "query OrgDashboard($code: String!) {\n  orgUnitByCode(code: $code) {\n    id\n    name\n    level\n    isPilot\n    establishedOn\n    region {\n      code\n      name\n      level\n    }\n    volunteerStats(scope: SUBTREE) {\n      volunteerCount\n      teamCount\n      serviceHours\n    }\n    campaignStats(scope: SUBTREE) {\n      eventCount\n      audienceTotal\n      volunteerCount\n    }\n    trainingPrograms {\n      id\n      title\n      startsOn\n      endsOn\n      participantCount\n    }\n    venues {\n      id\n      name\n      kind\n    }\n    children {\n      id\n      name\n      level\n      isPilot\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n        teamCount\n        serviceHours\n      }\n      campaignStats(scope: SUBTREE) {\n        eventCount\n        audienceTotal\n      }\n    }\n  }\n}": types.OrgDashboardDocument,
    "mutation OrderService($input: CreateServiceRequestInput!) {\n  createServiceRequest(input: $input) {\n    id\n    status\n    createdAt\n    orgUnit {\n      id\n      name\n    }\n  }\n}\n\nmutation DispatchService($id: ID!, $teamId: ID!) {\n  dispatchServiceRequest(id: $id, teamId: $teamId) {\n    id\n    status\n    assignedTeam {\n      id\n      name\n    }\n  }\n}\n\nmutation AcceptService($id: ID!) {\n  acceptServiceRequest(id: $id) {\n    id\n    status\n  }\n}\n\nmutation CompleteService($id: ID!) {\n  completeServiceRequest(id: $id) {\n    id\n    status\n  }\n}\n\nmutation RateService($id: ID!, $rating: Int!, $comment: String) {\n  rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n    id\n    status\n    rating\n  }\n}": types.OrderServiceDocument,
    "query TrainingProgramView($id: ID!) {\n  trainingProgram(id: $id) {\n    id\n    title\n    startsOn\n    endsOn\n    organizer {\n      id\n      name\n      ancestors {\n        name\n      }\n    }\n    participantCount\n    sessions {\n      id\n      kind\n      title\n      startsAt\n      speaker\n      visitedUnit {\n        id\n        name\n        level\n        parent {\n          name\n        }\n      }\n    }\n    enrollments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          participantName\n          attended\n          participantUnit {\n            name\n            level\n          }\n          volunteer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.TrainingProgramViewDocument,
    "query VolunteerProfile($id: ID!) {\n  volunteer(id: $id) {\n    id\n    name\n    phone\n    starLevel\n    totalServiceHours\n    registeredAt\n    homeUnit {\n      id\n      name\n      level\n      ancestors {\n        name\n        level\n      }\n    }\n    teams {\n      id\n      name\n      level\n      theme\n      orgUnit {\n        name\n      }\n    }\n    serviceRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          endedAt\n          hours\n          description\n          campaignEvent {\n            id\n            title\n            campaign {\n              name\n            }\n          }\n        }\n      }\n    }\n    campaignEvents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          heldAt\n        }\n      }\n    }\n    enrollments {\n      id\n      attended\n      program {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n}": types.VolunteerProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkCampaignFigures($id: ID!) {\n    campaign(id: $id) {\n      id\n      version\n      closedAt\n      stats {\n        eventCount\n        audienceTotal\n      }\n      byFormat: breakdown(by: FORMAT) {\n        key\n        eventCount\n        audienceTotal\n      }\n      byPlace: breakdown(by: VENUE_TYPE) {\n        key\n        eventCount\n        audienceTotal\n      }\n      byMonth: breakdown(by: MONTH) {\n        key\n        eventCount\n        audienceTotal\n      }\n      organizer {\n        id\n        campaignStats(campaignId: $id) {\n          eventCount\n          audienceTotal\n        }\n        campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $id, skipEmptyUnits: true) {\n          keys {\n            key\n            label\n          }\n          eventCount\n          audienceTotal\n        }\n      }\n      events(first: 2, orderBy: { field: HELD_AT, direction: ASC }) {\n        edges {\n          node {\n            id\n            version\n            audienceCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkCampaignFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyWorkCloseCampaign($input: CampaignStateInput!) {\n    closeCampaign(input: $input) {\n      closedAt\n      version\n    }\n  }\n"): typeof import('./graphql').DailyWorkCloseCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyWorkCorrectEvent($input: CorrectCampaignEventInput!) {\n    correctCampaignEvent(input: $input) {\n      audienceCount\n      version\n    }\n  }\n"): typeof import('./graphql').DailyWorkCorrectEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyWorkVoidEvent($input: VoidCampaignEventInput!) {\n    voidCampaignEvent(input: $input) {\n      voidedAt\n      voidReason\n    }\n  }\n"): typeof import('./graphql').DailyWorkVoidEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkAudit($entityId: ID!) {\n    auditLog(filter: { entityId: $entityId }, first: 20) {\n      edges {\n        node {\n          action\n          entityType\n          reason\n          changesJson\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkHoursByTownshipAndMonth($code: String!) {\n    orgUnitByCode(code: $code) {\n      serviceHoursBreakdown(dimensions: [TOWNSHIP, MONTH], from: \"2021-01-01\", to: \"2021-12-31\") {\n        keys {\n          dimension\n          key\n          label\n        }\n        hours\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkHoursByTownshipAndMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkEventsByTownship($code: String!, $campaignId: ID!) {\n    orgUnitByCode(code: $code) {\n      campaignEventBreakdown(dimensions: [TOWNSHIP], campaignId: $campaignId, from: \"2021-07-01\", to: \"2021-09-30\") {\n        keys {\n          key\n          label\n        }\n        eventCount\n        audienceTotal\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkEventsByTownshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkStationsWithoutEvents($code: String!, $campaignId: ID!) {\n    orgUnitByCode(code: $code) {\n      unitsWithoutEvents(campaignId: $campaignId, level: STATION, from: \"2021-07-01\", to: \"2021-09-30\") {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkStationsWithoutEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkTopTen($code: String!) {\n    orgUnitByCode(code: $code) {\n      topVolunteers(first: 10, from: \"2021-01-01T00:00:00+08:00\", to: \"2022-01-01T00:00:00+08:00\") {\n        rank\n        hours\n        volunteer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkTopTenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkRegistrationsByKind($code: String!) {\n    orgUnitByCode(code: $code) {\n      volunteerBreakdown(dimensions: [KIND, REGISTRATION_MONTH], from: \"2021-01-01\", to: \"2021-12-31\") {\n        keys {\n          dimension\n          key\n          label\n        }\n        volunteerCount\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkRegistrationsByKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkSearchUnits($search: String!) {\n    orgUnits(filter: { search: $search }, first: 10) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkSearchUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkVolunteer($id: ID!) {\n    volunteer(id: $id) {\n      version\n      skills\n      registeredAt\n    }\n  }\n"): typeof import('./graphql').DailyWorkVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyWorkUpdateVolunteer($input: UpdateVolunteerInput!) {\n    updateVolunteer(input: $input) {\n      version\n      skills\n    }\n  }\n"): typeof import('./graphql').DailyWorkUpdateVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyWorkLabels {\n    vocabulary {\n      eventFormat {\n        value\n        label\n      }\n      orgLevel {\n        value\n        label\n      }\n      volunteerKind {\n        value\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').DailyWorkLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuidongHoursByMonth {\n    orgUnitByCode(code: \"513426-ZX\") {\n      serviceHoursByMonth(from: \"2020-07-01\", to: \"2021-12-31\") {\n        month\n        hours\n      }\n    }\n  }\n"): typeof import('./graphql').HuidongHoursByMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignDates($after: String) {\n    campaigns(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          name\n          startsOn\n          endsOn\n          closedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignsActiveOn($day: Date!) {\n    campaigns(first: 100, filter: { activeOn: $day }) {\n      edges {\n        node {\n          name\n          endsOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CampaignsActiveOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcrossAllSubgraphs {\n    orgUnits(first: 5) {\n      totalCount\n      edges {\n        node {\n          name\n          volunteerStats(scope: SUBTREE) {\n            volunteerCount\n          }\n          campaignStats(scope: SUBTREE) {\n            eventCount\n          }\n          trainingPrograms {\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AcrossAllSubgraphsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerHomeUnit {\n    volunteer(id: \"1\") {\n      name\n      homeUnit {\n        name\n        level\n        ancestors {\n          level\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VolunteerHomeUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageTooLarge {\n    orgUnits(first: 1000) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PageTooLargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuidongUnitCounts {\n    orgUnitByCode(code: \"513426-ZX\") {\n      stations: descendants(level: STATION, first: 0) {\n        totalCount\n      }\n      institutes: descendants(level: INSTITUTE, first: 0) {\n        totalCount\n      }\n      subCenters: descendants(level: SUB_CENTER, first: 0) {\n        totalCount\n      }\n      points: descendants(level: POINT, first: 0) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').HuidongUnitCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query XiaochaheAncestors {\n    orgUnits(filter: { search: \"小岔河\" }) {\n      edges {\n        node {\n          level\n          isPilot\n          ancestors {\n            code\n            level\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').XiaochaheAncestorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuidongCoverage {\n    orgUnitByCode(code: \"513426-ZX\") {\n      coverage {\n        townships {\n          uncovered {\n            code\n          }\n          percentCovered\n        }\n        villages {\n          total\n          covered\n          percentCovered\n          uncovered {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HuidongCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnit($id: ID!, $p: ID!) {\n    moveOrgUnit(id: $id, newParentId: $p) {\n      id\n    }\n  }\n"): typeof import('./graphql').MoveUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestPoint($p: ID!) {\n    createOrgUnit(input: { name: \"村小实践点\", code: \"T-MOVE-POINT\", level: POINT, parentId: $p }) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTestPointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitFigures($id: ID!) {\n    orgUnit(id: $id) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n  }\n"): typeof import('./graphql').UnitFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FiguresOfTwoUnits($from: String!, $to: String!) {\n    from: orgUnitByCode(code: $from) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n    to: orgUnitByCode(code: $to) {\n      volunteerStats {\n        volunteerCount\n      }\n      campaignStats {\n        eventCount\n      }\n    }\n  }\n"): typeof import('./graphql').FiguresOfTwoUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestPointAncestors {\n    orgUnitByCode(code: \"T-MOVE-POINT\") {\n      ancestors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').TestPointAncestorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityStructure {\n    tongchuan: orgUnitByCode(code: \"610200-ZX\") {\n      children {\n        name\n        level\n        children {\n          name\n          level\n        }\n      }\n    }\n    qionglai: orgUnitByCode(code: \"510183-ZX\") {\n      children(level: INSTITUTE) {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CityStructureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreAppliedPoints {\n    chengdu: orgUnitByCode(code: \"510100-ZX\") {\n      id\n    }\n  }\n"): typeof import('./graphql').PreAppliedPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applications($filter: DesignationApplicationFilter) {\n    designationApplications(first: 100, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          applicant {\n            code\n            name\n            level\n            parent {\n              name\n            }\n          }\n          authority {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewApplication($input: ApplicationStepInput!) {\n    reviewDesignationApplication(input: $input) {\n      state\n    }\n  }\n"): typeof import('./graphql').ReviewApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantApplication($input: ApplicationStepInput!) {\n    grantDesignationApplication(input: $input) {\n      state\n      decidedOn\n      designation {\n        id\n        title\n        kind\n        active\n      }\n      applicant {\n        code\n        designations {\n          title\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantAudit($entityId: ID!) {\n    auditLog(first: 10, filter: { action: \"grantDesignationApplication\", entityId: $entityId }) {\n      edges {\n        node {\n          actor\n          role\n          actorOrgUnit\n          entityType\n          entityIds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedSites {\n    venues(first: 20, filter: { kind: RED_EDUCATION_SITE }) {\n      edges {\n        node {\n          name\n          kind\n          orgUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RedSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuidongCoordination {\n    orgUnitByCode(code: \"513426-ZX\") {\n      jointMeetings(first: 20) {\n        totalCount\n        edges {\n          node {\n            heldOn\n            topic\n            attendees {\n              orgUnit {\n                level\n              }\n            }\n            decisions {\n              state\n              responsibleUnit {\n                name\n              }\n            }\n          }\n        }\n      }\n      coordination(from: \"2020-07-01\", to: \"2021-12-31\") {\n        meetingsHeld\n        rows {\n          meetingsAttended\n          decisionsAssigned\n          decisionsDone\n          orgUnit {\n            level\n            department\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HuidongCoordinationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: RecordJointMeetingInput!) {\n    recordJointMeeting(input: $input) {\n      id\n      topic\n    }\n  }\n"): typeof import('./graphql').RecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBackboneTraining($o: ID!) {\n    createTrainingProgram(input: { title: \"2027年志愿服务骨干培训\", organizerId: $o, startsOn: \"2027-03-01\", endsOn: \"2027-03-03\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateBackboneTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalData($id: ID!) {\n    volunteer(id: $id) {\n      id\n      name\n      phone\n      idNumber\n    }\n  }\n"): typeof import('./graphql').PersonalDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPhone($id: ID!) {\n    volunteer(id: $id) {\n      phone\n    }\n  }\n"): typeof import('./graphql').VolunteerPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerList {\n    volunteers(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').VolunteerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicFigures($code: String!) {\n    orgUnitByCode(code: $code) {\n      name\n      volunteerStats {\n        volunteerCount\n      }\n    }\n    campaigns(first: 1) {\n      totalCount\n    }\n    trainingPrograms(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').PublicFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestPointUnder($p: ID!, $c: String!) {\n    createOrgUnit(input: { name: \"测试实践点\", code: $c, level: POINT, parentId: $p }) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTestPointUnderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTestVolunteer($u: ID!, $id: String!) {\n    registerVolunteer(input: { name: \"测试志愿者\", idNumber: $id, phone: \"13900000000\", homeUnitId: $u, consent: true }) {\n      id\n    }\n  }\n"): typeof import('./graphql').RegisterTestVolunteerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTestCampaign($o: ID!) {\n    createCampaign(input: { name: \"移风易俗宣讲\", kind: CUSTOMS_REFORM, organizerId: $o }) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTestCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollVolunteerThemselves($p: ID!, $v: ID!) {\n    enroll(input: { programId: $p, participantName: \"志愿者本人\", volunteerId: $v }) {\n      id\n      volunteer {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EnrollVolunteerThemselvesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstituteVolunteerStats($c: String!) {\n    orgUnitByCode(code: $c) {\n      id\n      volunteerStats {\n        volunteerCount\n      }\n    }\n  }\n"): typeof import('./graphql').InstituteVolunteerStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveUnitUnder($id: ID!, $p: ID!) {\n    moveOrgUnit(id: $id, newParentId: $p) {\n      parent {\n        code\n      }\n      ancestors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').MoveUnitUnderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogEntries($f: AuditLogFilter) {\n    auditLog(filter: $f, first: 5) {\n      totalCount\n      edges {\n        node {\n          actor\n          role\n          actorOrgUnit\n          action\n          entityType\n          entityIds\n          service\n          requestId\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCampaignView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      version\n      createdBy\n      shareKey\n      ownerUnit {\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').SaveCampaignViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySavedViews($search: String) {\n    savedViews(search: $search, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          ownerUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MySavedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneSavedView($id: ID!) {\n    savedView(id: $id) {\n      id\n      name\n      definition\n      version\n      shareKey\n    }\n  }\n"): typeof import('./graphql').OneSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSavedView($id: ID!, $version: Int!, $name: String!) {\n    updateSavedView(id: $id, input: { expectedVersion: $version, name: $name }) {\n      name\n      version\n    }\n  }\n"): typeof import('./graphql').RenameSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareSavedView($id: ID!, $version: Int!) {\n    shareSavedView(id: $id, expectedVersion: $version) {\n      version\n      shareKey\n    }\n  }\n"): typeof import('./graphql').ShareSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnshareSavedView($id: ID!, $version: Int!) {\n    unshareSavedView(id: $id, expectedVersion: $version) {\n      version\n      shareKey\n    }\n  }\n"): typeof import('./graphql').UnshareSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WallScreenView($key: String!) {\n    publicView(shareKey: $key) {\n      name\n      description\n      definition\n      ownerUnitName\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').WallScreenViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystsSavedQueries {\n    savedQueries(first: 20) {\n      edges {\n        node {\n          name\n          query\n          variables\n          ownerUnit {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AnalystsSavedQueriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgOnly {\n    orgUnitByCode(code: \"513426-ZX\") {\n      name\n      children {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OrgOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgAndVolunteers {\n    orgUnits(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          level\n        }\n      }\n    }\n    center: orgUnitByCode(code: \"513426-ZX\") {\n      name\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n      }\n    }\n    volunteer(id: \"1\") {\n      name\n    }\n  }\n"): typeof import('./graphql').OrgAndVolunteersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteVisitsAndTrainingFigures {\n    wenjiang: orgUnitByCode(code: \"510115-ZX\") {\n      hostedSiteVisits {\n        title\n        program {\n          organizer {\n            name\n          }\n        }\n      }\n    }\n    huidong: orgUnitByCode(code: \"513426-ZX\") {\n      trainingStats(year: 2021, audience: VOLUNTEERS) {\n        programCount\n        participantCount\n      }\n    }\n  }\n"): typeof import('./graphql').SiteVisitsAndTrainingFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnTrainingRecord($id: ID!) {\n    volunteer(id: $id) {\n      id\n      name\n      enrollments {\n        program {\n          title\n        }\n        attended\n        completed\n        certificateNumber\n      }\n    }\n  }\n"): typeof import('./graphql').OwnTrainingRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSmallProgram($o: ID!) {\n    createTrainingProgram(\n      input: {\n        title: \"2030年邛崃市实践站站长培训\"\n        organizerId: $o\n        startsOn: \"2030-07-14\"\n        endsOn: \"2030-07-16\"\n        capacity: 2\n        audience: STAFF\n      }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateSmallProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessionAfterTheProgram($p: ID!) {\n    addTrainingSession(\n      input: { programId: $p, kind: LECTURE, title: \"讲座\", startsAt: \"2030-07-17T09:00:00+08:00\", endsAt: \"2030-07-17T11:00:00+08:00\" }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddSessionAfterTheProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessionEndingBeforeItStarts($p: ID!) {\n    addTrainingSession(\n      input: { programId: $p, kind: LECTURE, title: \"讲座\", startsAt: \"2030-07-15T11:00:00+08:00\", endsAt: \"2030-07-15T09:00:00+08:00\" }\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddSessionEndingBeforeItStartsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollFromTheCivilizationOffice($p: ID!, $n: String!) {\n    enroll(input: { programId: $p, participantName: $n, participantUnitName: \"邛崃市文明办\" }) {\n      id\n    }\n  }\n"): typeof import('./graphql').EnrollFromTheCivilizationOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuidongVolunteering {\n    orgUnitByCode(code: \"513426-ZX\") {\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n        serviceHours\n        teamCount\n      }\n      volunteerTeams {\n        level\n        theme\n      }\n    }\n  }\n"): typeof import('./graphql').HuidongVolunteeringDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignView($id: ID!, $first: Int = 20, $after: String) {\n  campaign(id: $id) {\n    id\n    name\n    kind\n    startsOn\n    endsOn\n    eventTarget\n    organizer {\n      id\n      name\n      level\n      region {\n        code\n        name\n      }\n    }\n    stats {\n      eventCount\n      audienceTotal\n      volunteerCount\n    }\n    byVenue: breakdown(by: VENUE_TYPE) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    byTownship: breakdown(by: ORG_UNIT) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    byMonth: breakdown(by: MONTH) {\n      key\n      label\n      eventCount\n      audienceTotal\n    }\n    events(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          heldAt\n          format\n          venueType\n          audienceCount\n          lectureGroup {\n            id\n            name\n          }\n          host {\n            id\n            name\n            level\n            ancestors {\n              id\n              name\n              level\n            }\n          }\n          volunteers {\n            id\n            name\n            starLevel\n            totalServiceHours\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CampaignViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrgDashboard($code: String!) {\n  orgUnitByCode(code: $code) {\n    id\n    name\n    level\n    isPilot\n    establishedOn\n    region {\n      code\n      name\n      level\n    }\n    volunteerStats(scope: SUBTREE) {\n      volunteerCount\n      teamCount\n      serviceHours\n    }\n    campaignStats(scope: SUBTREE) {\n      eventCount\n      audienceTotal\n      volunteerCount\n    }\n    trainingPrograms {\n      id\n      title\n      startsOn\n      endsOn\n      participantCount\n    }\n    venues {\n      id\n      name\n      kind\n    }\n    children {\n      id\n      name\n      level\n      isPilot\n      volunteerStats(scope: SUBTREE) {\n        volunteerCount\n        teamCount\n        serviceHours\n      }\n      campaignStats(scope: SUBTREE) {\n        eventCount\n        audienceTotal\n      }\n    }\n  }\n}"): typeof import('./graphql').OrgDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderService($input: CreateServiceRequestInput!) {\n  createServiceRequest(input: $input) {\n    id\n    status\n    createdAt\n    orgUnit {\n      id\n      name\n    }\n  }\n}\n\nmutation DispatchService($id: ID!, $teamId: ID!) {\n  dispatchServiceRequest(id: $id, teamId: $teamId) {\n    id\n    status\n    assignedTeam {\n      id\n      name\n    }\n  }\n}\n\nmutation AcceptService($id: ID!) {\n  acceptServiceRequest(id: $id) {\n    id\n    status\n  }\n}\n\nmutation CompleteService($id: ID!) {\n  completeServiceRequest(id: $id) {\n    id\n    status\n  }\n}\n\nmutation RateService($id: ID!, $rating: Int!, $comment: String) {\n  rateServiceRequest(id: $id, rating: $rating, comment: $comment) {\n    id\n    status\n    rating\n  }\n}"): typeof import('./graphql').OrderServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingProgramView($id: ID!) {\n  trainingProgram(id: $id) {\n    id\n    title\n    startsOn\n    endsOn\n    organizer {\n      id\n      name\n      ancestors {\n        name\n      }\n    }\n    participantCount\n    sessions {\n      id\n      kind\n      title\n      startsAt\n      speaker\n      visitedUnit {\n        id\n        name\n        level\n        parent {\n          name\n        }\n      }\n    }\n    enrollments(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          participantName\n          attended\n          participantUnit {\n            name\n            level\n          }\n          volunteer {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').TrainingProgramViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerProfile($id: ID!) {\n  volunteer(id: $id) {\n    id\n    name\n    phone\n    starLevel\n    totalServiceHours\n    registeredAt\n    homeUnit {\n      id\n      name\n      level\n      ancestors {\n        name\n        level\n      }\n    }\n    teams {\n      id\n      name\n      level\n      theme\n      orgUnit {\n        name\n      }\n    }\n    serviceRecords(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          endedAt\n          hours\n          description\n          campaignEvent {\n            id\n            title\n            campaign {\n              name\n            }\n          }\n        }\n      }\n    }\n    campaignEvents(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          heldAt\n        }\n      }\n    }\n    enrollments {\n      id\n      attended\n      program {\n        id\n        title\n        startsOn\n      }\n    }\n  }\n}"): typeof import('./graphql').VolunteerProfileDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
