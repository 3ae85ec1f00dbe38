/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a designation application stands (申报状态). */
export type ApplicationState =
  /** Granted: the designation was conferred (已命名). */
  | 'GRANTED'
  /** Rejected, with the reason in the decision note (已驳回). */
  | 'REJECTED'
  /** Submitted by the unit, not yet taken up (已申报). */
  | 'SUBMITTED'
  /** Being reviewed by the authority (审核中). */
  | 'UNDER_REVIEW'
  /** Withdrawn by the applicant before a decision (已撤回). */
  | 'WITHDRAWN';

/** A step on a designation application: take it up, grant, reject or withdraw it (申报审核步骤). */
export type ApplicationStepInput = {
  /** The application (称号申报). */
  applicationId: string | number;
  /** Note with the step (审核意见), at most 1000 characters; required when rejecting. */
  note?: string | null | undefined;
  /** Day of the step (日期), not in the future nor before the application; default today (China time). */
  on?: string | null | undefined;
};

/** Conditions on audit entries; all given conditions must hold. */
export type AuditLogFilter = {
  /** Only this action, e.g. registerVolunteer or READ_PERSONAL_DATA. */
  action?: string | null | undefined;
  /** Only entries by this actor (token subject). */
  actor?: string | null | undefined;
  /** Only entries that concern this record id. */
  entityId?: string | number | null | undefined;
  /** Only entries about this record type, e.g. Volunteer. */
  entityType?: string | null | undefined;
  /** Only entries at or after this instant. */
  from?: string | null | undefined;
  /** Only entries before this instant. */
  to?: string | null | undefined;
};

/** What kind of drive a campaign is (活动类型). */
export type CampaignKind =
  /** A contest, e.g. a red-story speech contest (比赛). */
  | 'CONTEST'
  /** Reforming outdated customs, e.g. the ten customs-reform actions (移风易俗). */
  | 'CUSTOMS_REFORM'
  /** An exhibition, e.g. a touring lecture exhibition (展览). */
  | 'EXHIBITION'
  /** Anything else (其他). */
  | 'OTHER'
  /** Party-history study and education lectures (党史学习教育宣讲). */
  | 'PARTY_HISTORY_LECTURE'
  /** Red film screenings, e.g. "red films seven intos" (红色电影七进). */
  | 'RED_FILM'
  /** Study tours to memorial sites and museums (研学实践). */
  | 'STUDY_TOUR'
  /** A themed activity (主题活动). */
  | 'THEMED_ACTIVITY';

/** Which campaign to close or reopen, as read, and why (关闭或重新开放活动). */
export type CampaignStateInput = {
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** The campaign (活动编号). */
  id: string | number;
  /** Why, up to 500 characters; kept in the audit log (原因). */
  reason?: string | null | undefined;
};

/** A correction of a recorded event: the fields to set (omitted ones stay), and why (更正活动场次). */
export type CorrectCampaignEventInput = {
  /** The sub-action of its campaign it belongs to; null clears it (所属子行动). */
  actionId?: string | number | null | undefined;
  /** People reached, 0 or more (受众人次). */
  audienceCount?: number | null | undefined;
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** How it was held (活动形式). */
  format?: EventFormat | null | undefined;
  /** When it started; its China day must lie inside the campaign period (举办时间). */
  heldAt?: string | null | undefined;
  /** The org unit that hosted it; inside the corrector's subtree (承办单位). */
  hostId?: string | number | null | undefined;
  /** The event to correct (场次编号). */
  id: string | number;
  /** The lecture group that gave it; null clears it (宣讲小组). */
  lectureGroupId?: string | number | null | undefined;
  /** Where exactly, up to 200 characters; null or blank clears it (地点). */
  place?: string | null | undefined;
  /** Why it is corrected, 1–500 characters; kept in the audit log (更正原因). */
  reason: string;
  /** What happened, up to 2000 characters; null or blank clears it (活动简介). */
  summary?: string | null | undefined;
  /** Title, 1–200 characters (活动主题). */
  title?: string | null | undefined;
  /** The venue it was held at (org subgraph's venues); null clears it (举办场馆). */
  venueId?: string | number | null | undefined;
  /** Kind of place it was taken into (场所类型). */
  venueType?: VenueType | null | undefined;
  /** All the volunteers who served, at most 200, replacing those recorded (服务志愿者). */
  volunteerIds?: Array<string | number> | null | undefined;
  /** The work brand it was held under; null clears it (所属工作品牌). */
  workBrandId?: string | number | null | undefined;
};

/** A new saved view; it belongs to the caller's org unit (保存看板). */
export type CreateSavedViewInput = {
  /** The view as the console writes it: a JSON object, at most 64 KB (视图定义). */
  definition: string;
  /** What it is for, up to 500 characters (说明). */
  description?: string | null | undefined;
  /** Name, 1–60 characters once trimmed (名称). */
  name: string;
};

/** A resident's order for volunteer service at a station (群众点单). */
export type CreateServiceRequestInput = {
  /** Details (详细说明), up to 1000 characters. */
  description?: string | null | undefined;
  /** The station or institute the order is placed at (点单阵地). */
  orgUnitId: string | number;
  /** What is needed (需求), 1–100 characters. */
  title: string;
};

/** How far a joint meeting's decision has been carried out (落实进度). */
export type DecisionState =
  /** Carried out, with the day it was done (已办结). */
  | 'DONE'
  /** Being carried out (落实中). */
  | 'IN_PROGRESS'
  /** Assigned, not started (待落实). */
  | 'OPEN';

/** Which designation applications to list; all given conditions must hold (申报筛选条件). */
export type DesignationApplicationFilter = {
  /** Only applications of this unit and every unit below it (申报单位及下级). */
  applicantUnitId?: string | number | null | undefined;
  /** Only applications to this authority unit (审核单位). */
  authorityUnitId?: string | number | null | undefined;
  /** Only applications for this kind of designation (称号类别). */
  kind?: DesignationKind | null | undefined;
  /** Only applications in this state (申报状态). */
  state?: ApplicationState | null | undefined;
  /** Only applications submitted in this calendar year, e.g. 2021 (申报年度). */
  year?: number | null | undefined;
};

/** Kind of honour or designation (称号类别). */
export type DesignationKind =
  /** City-level practice point (市级实践点). */
  | 'CITY_PRACTICE_POINT'
  /** Demonstration unit (示范点). */
  | 'DEMONSTRATION'
  /** Exemplary model (精品范例). */
  | 'EXEMPLARY_MODEL'
  /** Any other honour (其他). */
  | 'OTHER'
  /** Pilot unit before the roll-out (试点). */
  | 'PILOT';

/** How an event was held (活动形式). */
export type EventFormat =
  /** A contest, e.g. a speech contest (比赛). */
  | 'CONTEST'
  /** An exhibition, e.g. a touring lecture exhibition (展览). */
  | 'EXHIBITION'
  /** A film screening (电影放映). */
  | 'FILM_SCREENING'
  /** A fireside chat round the hearth at night (火塘夜话). */
  | 'FIRESIDE_CHAT'
  /** A lecture or talk (宣讲). */
  | 'LECTURE'
  /** An online "cloud" lecture, e.g. the red-story micro-lecture hall (云端宣讲). */
  | 'ONLINE'
  /** An open-air meeting on the village square (坝坝会). */
  | 'OPEN_AIR_MEETING'
  /** Any other format (其他). */
  | 'OTHER'
  /** An arts performance (文艺演出). */
  | 'PERFORMANCE'
  /** A visit to a site, museum or household (参观走访). */
  | 'VISIT';

/** A unit at a joint meeting, with who came for it (参会单位). */
export type MeetingAttendeeInput = {
  /** The unit, inside the convening unit's subtree (参会单位). */
  orgUnitId: string | number;
  /** Who came (参会人), at most 50 characters. */
  personName?: string | null | undefined;
  /** Their position (职务), at most 50 characters. */
  position?: string | null | undefined;
};

/** Tier of a civilization-practice unit (文明实践阵地层级). */
export type OrgLevel =
  /** County, district or city center (新时代文明实践中心). */
  | 'CENTER'
  /** Township or street institute (实践所). */
  | 'INSTITUTE'
  /** Practice point, e.g. a school (实践点). */
  | 'POINT'
  /** Village or community station (实践站). */
  | 'STATION'
  /** Sub-center run by a county department (分中心). */
  | 'SUB_CENTER';

/** Political status (政治面貌). */
export type PoliticalStatus =
  /** Member of the Communist Party of China (中共党员). */
  | 'CPC_MEMBER'
  /** Probationary Party member (中共预备党员). */
  | 'CPC_PROBATIONARY'
  /** Communist Youth League member (共青团员). */
  | 'CYL_MEMBER'
  /** Member of a democratic party (民主党派). */
  | 'DEMOCRATIC_PARTY'
  /** The masses, no affiliation (群众). */
  | 'MASSES';

/** A joint meeting held (联席会议). */
export type RecordJointMeetingInput = {
  /** The units that attended, 1–100, each once, all inside the convening unit's subtree (参会单位). */
  attendees: Array<MeetingAttendeeInput>;
  /** The unit that convened it (召集单位). */
  conveningUnitId: string | number;
  /** Day held (召开日期), not in the future. */
  heldOn: string;
  /** Summary of the minutes (会议纪要), at most 5000 characters. */
  minutes?: string | null | undefined;
  /** Topic (议题), 1–200 characters. */
  topic: string;
};

/** Tier of an administrative division (行政区划级别). */
export type RegionLevel =
  /** County, district or county-level city (县、区、县级市). */
  | 'COUNTY'
  /** Prefecture or city (市、州). */
  | 'PREFECTURE'
  /** Province (省). */
  | 'PROVINCE'
  /** Township, town or street (乡、镇、街道). */
  | 'TOWNSHIP'
  /** Village or community (村、社区). */
  | 'VILLAGE';

/** Where a service order stands (点单状态). */
export type ServiceRequestStatus =
  /** Accepted by the team (志愿者接单). */
  | 'ACCEPTED'
  /** Cancelled (已取消). */
  | 'CANCELLED'
  /** Service done (已完成). */
  | 'COMPLETED'
  /** Dispatched to a team by the center (中心派单). */
  | 'DISPATCHED'
  /** Ordered by a resident, waiting in the queue (群众点单). */
  | 'ORDERED'
  /** Rated by the resident (群众评单). */
  | 'RATED';

/** Tier of a volunteer service team (志愿服务队层级). */
export type TeamLevel =
  /** County team (县级). */
  | 'COUNTY'
  /** Township team (乡镇级). */
  | 'TOWNSHIP'
  /** Village or community team (村社级). */
  | 'VILLAGE';

/** What a session of a training agenda is (日程类型). */
export type TrainingSessionKind =
  /** Closing ceremony (结业仪式). */
  | 'CLOSING'
  /** Group discussion (分组讨论). */
  | 'DISCUSSION'
  /** A lecture, e.g. by an invited expert (专题讲座). */
  | 'LECTURE'
  /** Opening ceremony, with its speeches (开班仪式). */
  | 'OPENING'
  /** Anything else on the agenda (其他). */
  | 'OTHER'
  /** A visit to a practice unit, which `visitedUnit` names (现场观摩). */
  | 'SITE_VISIT';

/** Changes to a volunteer's record; omitted fields stay as they are (修改志愿者信息). */
export type UpdateVolunteerInput = {
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** The volunteer (志愿者). */
  id: string | number;
  /** Kinds that apply, replacing the current ones; staff only (志愿者类别). */
  kinds?: Array<VolunteerKind> | null | undefined;
  /** Corrected real name, 1–50 characters; staff only (姓名). */
  name?: string | null | undefined;
  /** Mainland mobile number, 11 digits starting 13–19 (手机号). */
  phone?: string | null | undefined;
  /** Political status; null clears it (政治面貌). */
  politicalStatus?: PoliticalStatus | null | undefined;
  /** Skills offered, replacing the current ones: up to 10, each up to 20 characters (技能特长). */
  skills?: Array<string> | null | undefined;
};

/** Kind of venue / integrated resource (阵地资源类别). */
export type VenueKind =
  /** Convenience service center (便民服务中心). */
  | 'CONVENIENCE_SERVICE_CENTER'
  /** Comprehensive cultural station (综合文化站). */
  | 'CULTURAL_STATION'
  /** Farmhouse library (农家书屋). */
  | 'FARMHOUSE_LIBRARY'
  /** Town or village history museum (镇村史馆). */
  | 'HISTORY_MUSEUM'
  /** Rule-of-law culture square (法治文化广场). */
  | 'LEGAL_CULTURE_SQUARE'
  /** Party branch of migrant workers elsewhere (驻外地农民工党支部). */
  | 'MIGRANT_PARTY_BRANCH'
  /** Civic, cadre or farmer night school (市民文明夜校、干部夜校、农民夜校). */
  | 'NIGHT_SCHOOL'
  /** Any other venue (其他). */
  | 'OTHER'
  /** Party-mass service center (党群服务中心). */
  | 'PARTY_MASS_SERVICE_CENTER'
  /** Red education or study-tour site: a revolutionary memorial, former meeting site or museum that classes visit (红色教育基地、研学基地). */
  | 'RED_EDUCATION_SITE'
  /** Rural school youth palace (乡村学校少年宫). */
  | 'YOUTH_PALACE';

/** Kind of place an event was taken into: the "five intos" (五进场所) and more, e.g. for the red-film "seven intos" (七进). */
export type VenueType =
  /** Into urban communities (进社区). */
  | 'COMMUNITY'
  /** Into the countryside: villages, farmyards, fields (进农村). */
  | 'COUNTRYSIDE'
  /** Into enterprises (进企业). */
  | 'ENTERPRISE'
  /** Into government agencies (进机关). */
  | 'GOVERNMENT_AGENCY'
  /** Into homes, family by family (进家庭), one of the red-film "seven intos". */
  | 'HOUSEHOLD'
  /** To memorial sites and museums, e.g. 照金纪念馆 (红色场馆). */
  | 'MEMORIAL_SITE'
  /** Into military camps (进军营), one of the red-film "seven intos". */
  | 'MILITARY_CAMP'
  /** Any other place (其他场所). */
  | 'OTHER'
  /** Into schools (进学校). */
  | 'SCHOOL';

/** An event to void, as read, and why (作废活动场次). */
export type VoidCampaignEventInput = {
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** The event to void (场次编号). */
  id: string | number;
  /** Why it is voided, 1–500 characters; kept on the event and in the audit log (作废原因). */
  reason: string;
};

/** Kind of volunteer, several may apply (志愿者类别). */
export type VolunteerKind =
  /** Child docent or lecturer, e.g. 红孩儿宣讲团 (小小讲解员). */
  | 'CHILD_DOCENT'
  /** One of the "five elders": retired cadre, veteran, teacher, expert or model worker (五老). */
  | 'FIVE_ELDERS'
  /** Grid worker (网格员). */
  | 'GRID_WORKER'
  /** Other (其他). */
  | 'OTHER'
  /** Party member reporting to the community (党员双报到). */
  | 'PARTY_MEMBER_REPORTING'
  /** Student (学生). */
  | 'STUDENT'
  /** Village or community cadre (村社干部). */
  | 'VILLAGE_CADRE';

export type DailyWorkCampaignFiguresQueryVariables = Exact<{
  id: string | number;
}>;


export type DailyWorkCampaignFiguresQuery = { campaign: { id: string, version: number, closedAt: string | null, stats: { eventCount: number, audienceTotal: number }, byFormat: Array<{ key: string, eventCount: number, audienceTotal: number }>, byPlace: Array<{ key: string, eventCount: number, audienceTotal: number }>, byMonth: Array<{ key: string, eventCount: number, audienceTotal: number }>, organizer: { id: string, campaignStats: { eventCount: number, audienceTotal: number }, campaignEventBreakdown: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }> }, events: { edges: Array<{ node: { id: string, version: number, audienceCount: number } }> } } | null };

export type DailyWorkCloseCampaignMutationVariables = Exact<{
  input: CampaignStateInput;
}>;


export type DailyWorkCloseCampaignMutation = { closeCampaign: { closedAt: string | null, version: number } };

export type DailyWorkCorrectEventMutationVariables = Exact<{
  input: CorrectCampaignEventInput;
}>;


export type DailyWorkCorrectEventMutation = { correctCampaignEvent: { audienceCount: number, version: number } };

export type DailyWorkVoidEventMutationVariables = Exact<{
  input: VoidCampaignEventInput;
}>;


export type DailyWorkVoidEventMutation = { voidCampaignEvent: { voidedAt: string | null, voidReason: string | null } };

export type DailyWorkAuditQueryVariables = Exact<{
  entityId: string | number;
}>;


export type DailyWorkAuditQuery = { auditLog: { edges: Array<{ node: { action: string, entityType: string, reason: string | null, changesJson: string | null, at: string } }> } };

export type DailyWorkHoursByTownshipAndMonthQueryVariables = Exact<{
  code: string;
}>;


export type DailyWorkHoursByTownshipAndMonthQuery = { orgUnitByCode: { serviceHoursBreakdown: Array<{ hours: number, keys: Array<{ dimension: string, key: string, label: string }> }> } | null };

export type DailyWorkEventsByTownshipQueryVariables = Exact<{
  code: string;
  campaignId: string | number;
}>;


export type DailyWorkEventsByTownshipQuery = { orgUnitByCode: { campaignEventBreakdown: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }> } | null };

export type DailyWorkStationsWithoutEventsQueryVariables = Exact<{
  code: string;
  campaignId: string | number;
}>;


export type DailyWorkStationsWithoutEventsQuery = { orgUnitByCode: { unitsWithoutEvents: Array<{ id: string, name: string }> } | null };

export type DailyWorkTopTenQueryVariables = Exact<{
  code: string;
}>;


export type DailyWorkTopTenQuery = { orgUnitByCode: { topVolunteers: Array<{ rank: number, hours: number, volunteer: { id: string, name: string } }> | null } | null };

export type DailyWorkRegistrationsByKindQueryVariables = Exact<{
  code: string;
}>;


export type DailyWorkRegistrationsByKindQuery = { orgUnitByCode: { volunteerBreakdown: Array<{ volunteerCount: number, keys: Array<{ dimension: string, key: string, label: string }> }> } | null };

export type DailyWorkSearchUnitsQueryVariables = Exact<{
  search: string;
}>;


export type DailyWorkSearchUnitsQuery = { orgUnits: { edges: Array<{ node: { code: string, name: string } }> } };

export type DailyWorkVolunteerQueryVariables = Exact<{
  id: string | number;
}>;


export type DailyWorkVolunteerQuery = { volunteer: { version: number, skills: Array<string>, registeredAt: string } | null };

export type DailyWorkUpdateVolunteerMutationVariables = Exact<{
  input: UpdateVolunteerInput;
}>;


export type DailyWorkUpdateVolunteerMutation = { updateVolunteer: { version: number, skills: Array<string> } };

export type DailyWorkLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type DailyWorkLabelsQuery = { vocabulary: { eventFormat: Array<{ value: string, label: string }>, orgLevel: Array<{ value: string, label: string }>, volunteerKind: Array<{ value: string, label: string }> } };

export type HuidongHoursByMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type HuidongHoursByMonthQuery = { orgUnitByCode: { serviceHoursByMonth: Array<{ month: string, hours: number }> } | null };

export type CampaignDatesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CampaignDatesQuery = { campaigns: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { name: string, startsOn: string | null, endsOn: string | null, closedAt: string | null } }> } };

export type CampaignsActiveOnQueryVariables = Exact<{
  day: string;
}>;


export type CampaignsActiveOnQuery = { campaigns: { edges: Array<{ node: { name: string, endsOn: string | null } }> } };

export type AcrossAllSubgraphsQueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossAllSubgraphsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { name: string, volunteerStats: { volunteerCount: number }, campaignStats: { eventCount: number }, trainingPrograms: Array<{ title: string }> } }> } };

export type VolunteerHomeUnitQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerHomeUnitQuery = { volunteer: { name: string, homeUnit: { name: string, level: OrgLevel, ancestors: Array<{ level: OrgLevel }> } | null } | null };

export type PageTooLargeQueryVariables = Exact<{ [key: string]: never; }>;


export type PageTooLargeQuery = { orgUnits: { totalCount: number } };

export type HuidongUnitCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type HuidongUnitCountsQuery = { orgUnitByCode: { stations: { totalCount: number }, institutes: { totalCount: number }, subCenters: { totalCount: number }, points: { totalCount: number } } | null };

export type XiaochaheAncestorsQueryVariables = Exact<{ [key: string]: never; }>;


export type XiaochaheAncestorsQuery = { orgUnits: { edges: Array<{ node: { level: OrgLevel, isPilot: boolean, ancestors: Array<{ code: string, level: OrgLevel }> } }> } };

export type HuidongCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type HuidongCoverageQuery = { orgUnitByCode: { coverage: { townships: { percentCovered: number | null, uncovered: Array<{ code: string }> }, villages: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ name: string }> } } | null } | null };

export type MoveUnitMutationVariables = Exact<{
  id: string | number;
  p: string | number;
}>;


export type MoveUnitMutation = { moveOrgUnit: { id: string } };

export type CreateTestPointMutationVariables = Exact<{
  p: string | number;
}>;


export type CreateTestPointMutation = { createOrgUnit: { id: string } };

export type UnitFiguresQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitFiguresQuery = { orgUnit: { volunteerStats: { volunteerCount: number }, campaignStats: { eventCount: number } } | null };

export type FiguresOfTwoUnitsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type FiguresOfTwoUnitsQuery = { from: { volunteerStats: { volunteerCount: number }, campaignStats: { eventCount: number } } | null, to: { volunteerStats: { volunteerCount: number }, campaignStats: { eventCount: number } } | null };

export type TestPointAncestorsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestPointAncestorsQuery = { orgUnitByCode: { ancestors: Array<{ code: string }> } | null };

export type CityStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type CityStructureQuery = { tongchuan: { children: Array<{ name: string, level: OrgLevel, children: Array<{ name: string, level: OrgLevel }> }> } | null, qionglai: { children: Array<{ name: string }> } | null };

export type PreAppliedPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type PreAppliedPointsQuery = { chengdu: { id: string } | null };

export type ApplicationsQueryVariables = Exact<{
  filter?: DesignationApplicationFilter | null | undefined;
}>;


export type ApplicationsQuery = { designationApplications: { totalCount: number, edges: Array<{ node: { id: string, title: string, state: ApplicationState, applicant: { code: string, name: string, level: OrgLevel, parent: { name: string } | null }, authority: { name: string } } }> } };

export type ReviewApplicationMutationVariables = Exact<{
  input: ApplicationStepInput;
}>;


export type ReviewApplicationMutation = { reviewDesignationApplication: { state: ApplicationState } };

export type GrantApplicationMutationVariables = Exact<{
  input: ApplicationStepInput;
}>;


export type GrantApplicationMutation = { grantDesignationApplication: { state: ApplicationState, decidedOn: string | null, designation: { id: string, title: string, kind: DesignationKind, active: boolean } | null, applicant: { code: string, designations: Array<{ title: string, kind: DesignationKind }> } } };

export type GrantAuditQueryVariables = Exact<{
  entityId: string | number;
}>;


export type GrantAuditQuery = { auditLog: { edges: Array<{ node: { actor: string, role: string, actorOrgUnit: string | null, entityType: string, entityIds: Array<string> } }> } };

export type RedSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type RedSitesQuery = { venues: { edges: Array<{ node: { name: string, kind: VenueKind, orgUnit: { name: string } } }> } };

export type HuidongCoordinationQueryVariables = Exact<{ [key: string]: never; }>;


export type HuidongCoordinationQuery = { orgUnitByCode: { jointMeetings: { totalCount: number, edges: Array<{ node: { heldOn: string, topic: string, attendees: Array<{ orgUnit: { level: OrgLevel } }>, decisions: Array<{ state: DecisionState, responsibleUnit: { name: string } }> } }> }, coordination: { meetingsHeld: number, rows: Array<{ meetingsAttended: number, decisionsAssigned: number, decisionsDone: number, orgUnit: { level: OrgLevel, department: string | null } }> } } | null };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordJointMeetingInput;
}>;


export type RecordMeetingMutation = { recordJointMeeting: { id: string, topic: string } };

export type CreateBackboneTrainingMutationVariables = Exact<{
  o: string | number;
}>;


export type CreateBackboneTrainingMutation = { createTrainingProgram: { id: string } };

export type PersonalDataQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonalDataQuery = { volunteer: { id: string, name: string, phone: string | null, idNumber: string | null } | null };

export type VolunteerPhoneQueryVariables = Exact<{
  id: string | number;
}>;


export type VolunteerPhoneQuery = { volunteer: { phone: string | null } | null };

export type VolunteerListQueryVariables = Exact<{ [key: string]: never; }>;


export type VolunteerListQuery = { volunteers: { totalCount: number } };

export type PublicFiguresQueryVariables = Exact<{
  code: string;
}>;


export type PublicFiguresQuery = { orgUnitByCode: { name: string, volunteerStats: { volunteerCount: number } } | null, campaigns: { totalCount: number }, trainingPrograms: { totalCount: number } };

export type CreateTestPointUnderMutationVariables = Exact<{
  p: string | number;
  c: string;
}>;


export type CreateTestPointUnderMutation = { createOrgUnit: { id: string } };

export type RegisterTestVolunteerMutationVariables = Exact<{
  u: string | number;
  id: string;
}>;


export type RegisterTestVolunteerMutation = { registerVolunteer: { id: string } };

export type CreateTestCampaignMutationVariables = Exact<{
  o: string | number;
}>;


export type CreateTestCampaignMutation = { createCampaign: { id: string } };

export type EnrollVolunteerThemselvesMutationVariables = Exact<{
  p: string | number;
  v: string | number;
}>;


export type EnrollVolunteerThemselvesMutation = { enroll: { id: string, volunteer: { id: string } | null } };

export type InstituteVolunteerStatsQueryVariables = Exact<{
  c: string;
}>;


export type InstituteVolunteerStatsQuery = { orgUnitByCode: { id: string, volunteerStats: { volunteerCount: number } } | null };

export type MoveUnitUnderMutationVariables = Exact<{
  id: string | number;
  p: string | number;
}>;


export type MoveUnitUnderMutation = { moveOrgUnit: { parent: { code: string } | null, ancestors: Array<{ code: string }> } };

export type AuditLogEntriesQueryVariables = Exact<{
  f?: AuditLogFilter | null | undefined;
}>;


export type AuditLogEntriesQuery = { auditLog: { totalCount: number, edges: Array<{ node: { actor: string, role: string, actorOrgUnit: string | null, action: string, entityType: string, entityIds: Array<string>, service: string, requestId: string | null, at: string } }> } };

export type SaveCampaignViewMutationVariables = Exact<{
  input: CreateSavedViewInput;
}>;


export type SaveCampaignViewMutation = { createSavedView: { id: string, version: number, createdBy: string | null, shareKey: string | null, ownerUnit: { name: string, level: OrgLevel } | null } };

export type MySavedViewsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MySavedViewsQuery = { savedViews: { totalCount: number, edges: Array<{ node: { id: string, name: string, ownerUnit: { name: string } | null } }> } };

export type OneSavedViewQueryVariables = Exact<{
  id: string | number;
}>;


export type OneSavedViewQuery = { savedView: { id: string, name: string, definition: string, version: number, shareKey: string | null } | null };

export type RenameSavedViewMutationVariables = Exact<{
  id: string | number;
  version: number;
  name: string;
}>;


export type RenameSavedViewMutation = { updateSavedView: { name: string, version: number } };

export type ShareSavedViewMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ShareSavedViewMutation = { shareSavedView: { version: number, shareKey: string | null } };

export type UnshareSavedViewMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type UnshareSavedViewMutation = { unshareSavedView: { version: number, shareKey: string | null } };

export type WallScreenViewQueryVariables = Exact<{
  key: string;
}>;


export type WallScreenViewQuery = { publicView: { name: string, description: string | null, definition: string, ownerUnitName: string | null, updatedAt: string } | null };

export type AnalystsSavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystsSavedQueriesQuery = { savedQueries: { edges: Array<{ node: { name: string, query: string, variables: string | null, ownerUnit: { name: string } | null } }> } };

export type OrgOnlyQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgOnlyQuery = { orgUnitByCode: { name: string, children: Array<{ name: string }> } | null };

export type OrgAndVolunteersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgAndVolunteersQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { name: string, level: OrgLevel } }> }, center: { name: string, volunteerStats: { volunteerCount: number } } | null, volunteer: { name: string } | null };

export type SiteVisitsAndTrainingFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteVisitsAndTrainingFiguresQuery = { wenjiang: { hostedSiteVisits: Array<{ title: string, program: { organizer: { name: string } } }> } | null, huidong: { trainingStats: { programCount: number, participantCount: number } } | null };

export type OwnTrainingRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OwnTrainingRecordQuery = { volunteer: { id: string, name: string, enrollments: Array<{ attended: boolean, completed: boolean, certificateNumber: string | null, program: { title: string } }> } | null };

export type CreateSmallProgramMutationVariables = Exact<{
  o: string | number;
}>;


export type CreateSmallProgramMutation = { createTrainingProgram: { id: string } };

export type AddSessionAfterTheProgramMutationVariables = Exact<{
  p: string | number;
}>;


export type AddSessionAfterTheProgramMutation = { addTrainingSession: { id: string } };

export type AddSessionEndingBeforeItStartsMutationVariables = Exact<{
  p: string | number;
}>;


export type AddSessionEndingBeforeItStartsMutation = { addTrainingSession: { id: string } };

export type EnrollFromTheCivilizationOfficeMutationVariables = Exact<{
  p: string | number;
  n: string;
}>;


export type EnrollFromTheCivilizationOfficeMutation = { enroll: { id: string } };

export type HuidongVolunteeringQueryVariables = Exact<{ [key: string]: never; }>;


export type HuidongVolunteeringQuery = { orgUnitByCode: { volunteerStats: { volunteerCount: number, serviceHours: number, teamCount: number }, volunteerTeams: Array<{ level: TeamLevel, theme: string }> } | null };

export type CampaignViewQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CampaignViewQuery = { campaign: { id: string, name: string, kind: CampaignKind, startsOn: string | null, endsOn: string | null, eventTarget: number | null, organizer: { id: string, name: string, level: OrgLevel, region: { code: string, name: string } | null }, stats: { eventCount: number, audienceTotal: number, volunteerCount: number }, byVenue: Array<{ key: string, label: string, eventCount: number, audienceTotal: number }>, byTownship: Array<{ key: string, label: string, eventCount: number, audienceTotal: number }>, byMonth: Array<{ key: string, label: string, eventCount: number, audienceTotal: number }>, events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, heldAt: string, format: EventFormat, venueType: VenueType, audienceCount: number, lectureGroup: { id: string, name: string } | null, host: { id: string, name: string, level: OrgLevel, ancestors: Array<{ id: string, name: string, level: OrgLevel }> }, volunteers: Array<{ id: string, name: string, starLevel: number, totalServiceHours: number }> } }> } } | null };

export type OrgDashboardQueryVariables = Exact<{
  code: string;
}>;


export type OrgDashboardQuery = { orgUnitByCode: { id: string, name: string, level: OrgLevel, isPilot: boolean, establishedOn: string | null, region: { code: string, name: string, level: RegionLevel } | null, volunteerStats: { volunteerCount: number, teamCount: number, serviceHours: number }, campaignStats: { eventCount: number, audienceTotal: number, volunteerCount: number }, trainingPrograms: Array<{ id: string, title: string, startsOn: string, endsOn: string, participantCount: number }>, venues: Array<{ id: string, name: string, kind: VenueKind }>, children: Array<{ id: string, name: string, level: OrgLevel, isPilot: boolean, volunteerStats: { volunteerCount: number, teamCount: number, serviceHours: number }, campaignStats: { eventCount: number, audienceTotal: number } }> } | null };

export type OrderServiceMutationVariables = Exact<{
  input: CreateServiceRequestInput;
}>;


export type OrderServiceMutation = { createServiceRequest: { id: string, status: ServiceRequestStatus, createdAt: string, orgUnit: { id: string, name: string } } };

export type DispatchServiceMutationVariables = Exact<{
  id: string | number;
  teamId: string | number;
}>;


export type DispatchServiceMutation = { dispatchServiceRequest: { id: string, status: ServiceRequestStatus, assignedTeam: { id: string, name: string } | null } };

export type AcceptServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptServiceMutation = { acceptServiceRequest: { id: string, status: ServiceRequestStatus } };

export type CompleteServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteServiceMutation = { completeServiceRequest: { id: string, status: ServiceRequestStatus } };

export type RateServiceMutationVariables = Exact<{
  id: string | number;
  rating: number;
  comment?: string | null | undefined;
}>;


export type RateServiceMutation = { rateServiceRequest: { id: string, status: ServiceRequestStatus, rating: number | null } };

export type TrainingProgramViewQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingProgramViewQuery = { trainingProgram: { id: string, title: string, startsOn: string, endsOn: string, participantCount: number, organizer: { id: string, name: string, ancestors: Array<{ name: string }> }, sessions: Array<{ id: string, kind: TrainingSessionKind, title: string, startsAt: string, speaker: string | null, visitedUnit: { id: string, name: string, level: OrgLevel, parent: { name: string } | null } | null }>, enrollments: { totalCount: number, edges: Array<{ node: { id: string, participantName: string, attended: boolean, participantUnit: { name: string, level: OrgLevel } | null, volunteer: { id: string, name: string } | null } }> } } | null };

export type VolunteerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type VolunteerProfileQuery = { volunteer: { id: string, name: string, phone: string | null, starLevel: number, totalServiceHours: number, registeredAt: string, homeUnit: { id: string, name: string, level: OrgLevel, ancestors: Array<{ name: string, level: OrgLevel }> } | null, teams: Array<{ id: string, name: string, level: TeamLevel, theme: string, orgUnit: { name: string } }>, serviceRecords: { totalCount: number, edges: Array<{ node: { id: string, startedAt: string, endedAt: string, hours: number, description: string | null, campaignEvent: { id: string, title: string, campaign: { name: string } } | null } }> }, campaignEvents: { totalCount: number, edges: Array<{ node: { id: string, title: string, heldAt: string } }> }, enrollments: Array<{ id: string, attended: boolean, program: { id: string, title: string, startsOn: string } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DailyWorkCampaignFiguresDocument = new TypedDocumentString(`
    query DailyWorkCampaignFigures($id: ID!) {
  campaign(id: $id) {
    id
    version
    closedAt
    stats {
      eventCount
      audienceTotal
    }
    byFormat: breakdown(by: FORMAT) {
      key
      eventCount
      audienceTotal
    }
    byPlace: breakdown(by: VENUE_TYPE) {
      key
      eventCount
      audienceTotal
    }
    byMonth: breakdown(by: MONTH) {
      key
      eventCount
      audienceTotal
    }
    organizer {
      id
      campaignStats(campaignId: $id) {
        eventCount
        audienceTotal
      }
      campaignEventBreakdown(
        dimensions: [TOWNSHIP]
        campaignId: $id
        skipEmptyUnits: true
      ) {
        keys {
          key
          label
        }
        eventCount
        audienceTotal
      }
    }
    events(first: 2, orderBy: {field: HELD_AT, direction: ASC}) {
      edges {
        node {
          id
          version
          audienceCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkCampaignFiguresQuery, DailyWorkCampaignFiguresQueryVariables>;
export const DailyWorkCloseCampaignDocument = new TypedDocumentString(`
    mutation DailyWorkCloseCampaign($input: CampaignStateInput!) {
  closeCampaign(input: $input) {
    closedAt
    version
  }
}
    `) as unknown as TypedDocumentString<DailyWorkCloseCampaignMutation, DailyWorkCloseCampaignMutationVariables>;
export const DailyWorkCorrectEventDocument = new TypedDocumentString(`
    mutation DailyWorkCorrectEvent($input: CorrectCampaignEventInput!) {
  correctCampaignEvent(input: $input) {
    audienceCount
    version
  }
}
    `) as unknown as TypedDocumentString<DailyWorkCorrectEventMutation, DailyWorkCorrectEventMutationVariables>;
export const DailyWorkVoidEventDocument = new TypedDocumentString(`
    mutation DailyWorkVoidEvent($input: VoidCampaignEventInput!) {
  voidCampaignEvent(input: $input) {
    voidedAt
    voidReason
  }
}
    `) as unknown as TypedDocumentString<DailyWorkVoidEventMutation, DailyWorkVoidEventMutationVariables>;
export const DailyWorkAuditDocument = new TypedDocumentString(`
    query DailyWorkAudit($entityId: ID!) {
  auditLog(filter: {entityId: $entityId}, first: 20) {
    edges {
      node {
        action
        entityType
        reason
        changesJson
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkAuditQuery, DailyWorkAuditQueryVariables>;
export const DailyWorkHoursByTownshipAndMonthDocument = new TypedDocumentString(`
    query DailyWorkHoursByTownshipAndMonth($code: String!) {
  orgUnitByCode(code: $code) {
    serviceHoursBreakdown(
      dimensions: [TOWNSHIP, MONTH]
      from: "2021-01-01"
      to: "2021-12-31"
    ) {
      keys {
        dimension
        key
        label
      }
      hours
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkHoursByTownshipAndMonthQuery, DailyWorkHoursByTownshipAndMonthQueryVariables>;
export const DailyWorkEventsByTownshipDocument = new TypedDocumentString(`
    query DailyWorkEventsByTownship($code: String!, $campaignId: ID!) {
  orgUnitByCode(code: $code) {
    campaignEventBreakdown(
      dimensions: [TOWNSHIP]
      campaignId: $campaignId
      from: "2021-07-01"
      to: "2021-09-30"
    ) {
      keys {
        key
        label
      }
      eventCount
      audienceTotal
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkEventsByTownshipQuery, DailyWorkEventsByTownshipQueryVariables>;
export const DailyWorkStationsWithoutEventsDocument = new TypedDocumentString(`
    query DailyWorkStationsWithoutEvents($code: String!, $campaignId: ID!) {
  orgUnitByCode(code: $code) {
    unitsWithoutEvents(
      campaignId: $campaignId
      level: STATION
      from: "2021-07-01"
      to: "2021-09-30"
    ) {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkStationsWithoutEventsQuery, DailyWorkStationsWithoutEventsQueryVariables>;
export const DailyWorkTopTenDocument = new TypedDocumentString(`
    query DailyWorkTopTen($code: String!) {
  orgUnitByCode(code: $code) {
    topVolunteers(
      first: 10
      from: "2021-01-01T00:00:00+08:00"
      to: "2022-01-01T00:00:00+08:00"
    ) {
      rank
      hours
      volunteer {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkTopTenQuery, DailyWorkTopTenQueryVariables>;
export const DailyWorkRegistrationsByKindDocument = new TypedDocumentString(`
    query DailyWorkRegistrationsByKind($code: String!) {
  orgUnitByCode(code: $code) {
    volunteerBreakdown(
      dimensions: [KIND, REGISTRATION_MONTH]
      from: "2021-01-01"
      to: "2021-12-31"
    ) {
      keys {
        dimension
        key
        label
      }
      volunteerCount
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkRegistrationsByKindQuery, DailyWorkRegistrationsByKindQueryVariables>;
export const DailyWorkSearchUnitsDocument = new TypedDocumentString(`
    query DailyWorkSearchUnits($search: String!) {
  orgUnits(filter: {search: $search}, first: 10) {
    edges {
      node {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkSearchUnitsQuery, DailyWorkSearchUnitsQueryVariables>;
export const DailyWorkVolunteerDocument = new TypedDocumentString(`
    query DailyWorkVolunteer($id: ID!) {
  volunteer(id: $id) {
    version
    skills
    registeredAt
  }
}
    `) as unknown as TypedDocumentString<DailyWorkVolunteerQuery, DailyWorkVolunteerQueryVariables>;
export const DailyWorkUpdateVolunteerDocument = new TypedDocumentString(`
    mutation DailyWorkUpdateVolunteer($input: UpdateVolunteerInput!) {
  updateVolunteer(input: $input) {
    version
    skills
  }
}
    `) as unknown as TypedDocumentString<DailyWorkUpdateVolunteerMutation, DailyWorkUpdateVolunteerMutationVariables>;
export const DailyWorkLabelsDocument = new TypedDocumentString(`
    query DailyWorkLabels {
  vocabulary {
    eventFormat {
      value
      label
    }
    orgLevel {
      value
      label
    }
    volunteerKind {
      value
      label
    }
  }
}
    `) as unknown as TypedDocumentString<DailyWorkLabelsQuery, DailyWorkLabelsQueryVariables>;
export const HuidongHoursByMonthDocument = new TypedDocumentString(`
    query HuidongHoursByMonth {
  orgUnitByCode(code: "513426-ZX") {
    serviceHoursByMonth(from: "2020-07-01", to: "2021-12-31") {
      month
      hours
    }
  }
}
    `) as unknown as TypedDocumentString<HuidongHoursByMonthQuery, HuidongHoursByMonthQueryVariables>;
export const CampaignDatesDocument = new TypedDocumentString(`
    query CampaignDates($after: String) {
  campaigns(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        name
        startsOn
        endsOn
        closedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignDatesQuery, CampaignDatesQueryVariables>;
export const CampaignsActiveOnDocument = new TypedDocumentString(`
    query CampaignsActiveOn($day: Date!) {
  campaigns(first: 100, filter: {activeOn: $day}) {
    edges {
      node {
        name
        endsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsActiveOnQuery, CampaignsActiveOnQueryVariables>;
export const AcrossAllSubgraphsDocument = new TypedDocumentString(`
    query AcrossAllSubgraphs {
  orgUnits(first: 5) {
    totalCount
    edges {
      node {
        name
        volunteerStats(scope: SUBTREE) {
          volunteerCount
        }
        campaignStats(scope: SUBTREE) {
          eventCount
        }
        trainingPrograms {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossAllSubgraphsQuery, AcrossAllSubgraphsQueryVariables>;
export const VolunteerHomeUnitDocument = new TypedDocumentString(`
    query VolunteerHomeUnit {
  volunteer(id: "1") {
    name
    homeUnit {
      name
      level
      ancestors {
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerHomeUnitQuery, VolunteerHomeUnitQueryVariables>;
export const PageTooLargeDocument = new TypedDocumentString(`
    query PageTooLarge {
  orgUnits(first: 1000) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PageTooLargeQuery, PageTooLargeQueryVariables>;
export const HuidongUnitCountsDocument = new TypedDocumentString(`
    query HuidongUnitCounts {
  orgUnitByCode(code: "513426-ZX") {
    stations: descendants(level: STATION, first: 0) {
      totalCount
    }
    institutes: descendants(level: INSTITUTE, first: 0) {
      totalCount
    }
    subCenters: descendants(level: SUB_CENTER, first: 0) {
      totalCount
    }
    points: descendants(level: POINT, first: 0) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<HuidongUnitCountsQuery, HuidongUnitCountsQueryVariables>;
export const XiaochaheAncestorsDocument = new TypedDocumentString(`
    query XiaochaheAncestors {
  orgUnits(filter: {search: "小岔河"}) {
    edges {
      node {
        level
        isPilot
        ancestors {
          code
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<XiaochaheAncestorsQuery, XiaochaheAncestorsQueryVariables>;
export const HuidongCoverageDocument = new TypedDocumentString(`
    query HuidongCoverage {
  orgUnitByCode(code: "513426-ZX") {
    coverage {
      townships {
        uncovered {
          code
        }
        percentCovered
      }
      villages {
        total
        covered
        percentCovered
        uncovered {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HuidongCoverageQuery, HuidongCoverageQueryVariables>;
export const MoveUnitDocument = new TypedDocumentString(`
    mutation MoveUnit($id: ID!, $p: ID!) {
  moveOrgUnit(id: $id, newParentId: $p) {
    id
  }
}
    `) as unknown as TypedDocumentString<MoveUnitMutation, MoveUnitMutationVariables>;
export const CreateTestPointDocument = new TypedDocumentString(`
    mutation CreateTestPoint($p: ID!) {
  createOrgUnit(
    input: {name: "村小实践点", code: "T-MOVE-POINT", level: POINT, parentId: $p}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTestPointMutation, CreateTestPointMutationVariables>;
export const UnitFiguresDocument = new TypedDocumentString(`
    query UnitFigures($id: ID!) {
  orgUnit(id: $id) {
    volunteerStats {
      volunteerCount
    }
    campaignStats {
      eventCount
    }
  }
}
    `) as unknown as TypedDocumentString<UnitFiguresQuery, UnitFiguresQueryVariables>;
export const FiguresOfTwoUnitsDocument = new TypedDocumentString(`
    query FiguresOfTwoUnits($from: String!, $to: String!) {
  from: orgUnitByCode(code: $from) {
    volunteerStats {
      volunteerCount
    }
    campaignStats {
      eventCount
    }
  }
  to: orgUnitByCode(code: $to) {
    volunteerStats {
      volunteerCount
    }
    campaignStats {
      eventCount
    }
  }
}
    `) as unknown as TypedDocumentString<FiguresOfTwoUnitsQuery, FiguresOfTwoUnitsQueryVariables>;
export const TestPointAncestorsDocument = new TypedDocumentString(`
    query TestPointAncestors {
  orgUnitByCode(code: "T-MOVE-POINT") {
    ancestors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TestPointAncestorsQuery, TestPointAncestorsQueryVariables>;
export const CityStructureDocument = new TypedDocumentString(`
    query CityStructure {
  tongchuan: orgUnitByCode(code: "610200-ZX") {
    children {
      name
      level
      children {
        name
        level
      }
    }
  }
  qionglai: orgUnitByCode(code: "510183-ZX") {
    children(level: INSTITUTE) {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CityStructureQuery, CityStructureQueryVariables>;
export const PreAppliedPointsDocument = new TypedDocumentString(`
    query PreAppliedPoints {
  chengdu: orgUnitByCode(code: "510100-ZX") {
    id
  }
}
    `) as unknown as TypedDocumentString<PreAppliedPointsQuery, PreAppliedPointsQueryVariables>;
export const ApplicationsDocument = new TypedDocumentString(`
    query Applications($filter: DesignationApplicationFilter) {
  designationApplications(first: 100, filter: $filter) {
    totalCount
    edges {
      node {
        id
        title
        state
        applicant {
          code
          name
          level
          parent {
            name
          }
        }
        authority {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApplicationsQuery, ApplicationsQueryVariables>;
export const ReviewApplicationDocument = new TypedDocumentString(`
    mutation ReviewApplication($input: ApplicationStepInput!) {
  reviewDesignationApplication(input: $input) {
    state
  }
}
    `) as unknown as TypedDocumentString<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const GrantApplicationDocument = new TypedDocumentString(`
    mutation GrantApplication($input: ApplicationStepInput!) {
  grantDesignationApplication(input: $input) {
    state
    decidedOn
    designation {
      id
      title
      kind
      active
    }
    applicant {
      code
      designations {
        title
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantApplicationMutation, GrantApplicationMutationVariables>;
export const GrantAuditDocument = new TypedDocumentString(`
    query GrantAudit($entityId: ID!) {
  auditLog(
    first: 10
    filter: {action: "grantDesignationApplication", entityId: $entityId}
  ) {
    edges {
      node {
        actor
        role
        actorOrgUnit
        entityType
        entityIds
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GrantAuditQuery, GrantAuditQueryVariables>;
export const RedSitesDocument = new TypedDocumentString(`
    query RedSites {
  venues(first: 20, filter: {kind: RED_EDUCATION_SITE}) {
    edges {
      node {
        name
        kind
        orgUnit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedSitesQuery, RedSitesQueryVariables>;
export const HuidongCoordinationDocument = new TypedDocumentString(`
    query HuidongCoordination {
  orgUnitByCode(code: "513426-ZX") {
    jointMeetings(first: 20) {
      totalCount
      edges {
        node {
          heldOn
          topic
          attendees {
            orgUnit {
              level
            }
          }
          decisions {
            state
            responsibleUnit {
              name
            }
          }
        }
      }
    }
    coordination(from: "2020-07-01", to: "2021-12-31") {
      meetingsHeld
      rows {
        meetingsAttended
        decisionsAssigned
        decisionsDone
        orgUnit {
          level
          department
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HuidongCoordinationQuery, HuidongCoordinationQueryVariables>;
export const RecordMeetingDocument = new TypedDocumentString(`
    mutation RecordMeeting($input: RecordJointMeetingInput!) {
  recordJointMeeting(input: $input) {
    id
    topic
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const CreateBackboneTrainingDocument = new TypedDocumentString(`
    mutation CreateBackboneTraining($o: ID!) {
  createTrainingProgram(
    input: {title: "2027年志愿服务骨干培训", organizerId: $o, startsOn: "2027-03-01", endsOn: "2027-03-03"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateBackboneTrainingMutation, CreateBackboneTrainingMutationVariables>;
export const PersonalDataDocument = new TypedDocumentString(`
    query PersonalData($id: ID!) {
  volunteer(id: $id) {
    id
    name
    phone
    idNumber
  }
}
    `) as unknown as TypedDocumentString<PersonalDataQuery, PersonalDataQueryVariables>;
export const VolunteerPhoneDocument = new TypedDocumentString(`
    query VolunteerPhone($id: ID!) {
  volunteer(id: $id) {
    phone
  }
}
    `) as unknown as TypedDocumentString<VolunteerPhoneQuery, VolunteerPhoneQueryVariables>;
export const VolunteerListDocument = new TypedDocumentString(`
    query VolunteerList {
  volunteers(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<VolunteerListQuery, VolunteerListQueryVariables>;
export const PublicFiguresDocument = new TypedDocumentString(`
    query PublicFigures($code: String!) {
  orgUnitByCode(code: $code) {
    name
    volunteerStats {
      volunteerCount
    }
  }
  campaigns(first: 1) {
    totalCount
  }
  trainingPrograms(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<PublicFiguresQuery, PublicFiguresQueryVariables>;
export const CreateTestPointUnderDocument = new TypedDocumentString(`
    mutation CreateTestPointUnder($p: ID!, $c: String!) {
  createOrgUnit(input: {name: "测试实践点", code: $c, level: POINT, parentId: $p}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTestPointUnderMutation, CreateTestPointUnderMutationVariables>;
export const RegisterTestVolunteerDocument = new TypedDocumentString(`
    mutation RegisterTestVolunteer($u: ID!, $id: String!) {
  registerVolunteer(
    input: {name: "测试志愿者", idNumber: $id, phone: "13900000000", homeUnitId: $u, consent: true}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RegisterTestVolunteerMutation, RegisterTestVolunteerMutationVariables>;
export const CreateTestCampaignDocument = new TypedDocumentString(`
    mutation CreateTestCampaign($o: ID!) {
  createCampaign(input: {name: "移风易俗宣讲", kind: CUSTOMS_REFORM, organizerId: $o}) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTestCampaignMutation, CreateTestCampaignMutationVariables>;
export const EnrollVolunteerThemselvesDocument = new TypedDocumentString(`
    mutation EnrollVolunteerThemselves($p: ID!, $v: ID!) {
  enroll(input: {programId: $p, participantName: "志愿者本人", volunteerId: $v}) {
    id
    volunteer {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EnrollVolunteerThemselvesMutation, EnrollVolunteerThemselvesMutationVariables>;
export const InstituteVolunteerStatsDocument = new TypedDocumentString(`
    query InstituteVolunteerStats($c: String!) {
  orgUnitByCode(code: $c) {
    id
    volunteerStats {
      volunteerCount
    }
  }
}
    `) as unknown as TypedDocumentString<InstituteVolunteerStatsQuery, InstituteVolunteerStatsQueryVariables>;
export const MoveUnitUnderDocument = new TypedDocumentString(`
    mutation MoveUnitUnder($id: ID!, $p: ID!) {
  moveOrgUnit(id: $id, newParentId: $p) {
    parent {
      code
    }
    ancestors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MoveUnitUnderMutation, MoveUnitUnderMutationVariables>;
export const AuditLogEntriesDocument = new TypedDocumentString(`
    query AuditLogEntries($f: AuditLogFilter) {
  auditLog(filter: $f, first: 5) {
    totalCount
    edges {
      node {
        actor
        role
        actorOrgUnit
        action
        entityType
        entityIds
        service
        requestId
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogEntriesQuery, AuditLogEntriesQueryVariables>;
export const SaveCampaignViewDocument = new TypedDocumentString(`
    mutation SaveCampaignView($input: CreateSavedViewInput!) {
  createSavedView(input: $input) {
    id
    version
    createdBy
    shareKey
    ownerUnit {
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<SaveCampaignViewMutation, SaveCampaignViewMutationVariables>;
export const MySavedViewsDocument = new TypedDocumentString(`
    query MySavedViews($search: String) {
  savedViews(search: $search, first: 50) {
    totalCount
    edges {
      node {
        id
        name
        ownerUnit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MySavedViewsQuery, MySavedViewsQueryVariables>;
export const OneSavedViewDocument = new TypedDocumentString(`
    query OneSavedView($id: ID!) {
  savedView(id: $id) {
    id
    name
    definition
    version
    shareKey
  }
}
    `) as unknown as TypedDocumentString<OneSavedViewQuery, OneSavedViewQueryVariables>;
export const RenameSavedViewDocument = new TypedDocumentString(`
    mutation RenameSavedView($id: ID!, $version: Int!, $name: String!) {
  updateSavedView(id: $id, input: {expectedVersion: $version, name: $name}) {
    name
    version
  }
}
    `) as unknown as TypedDocumentString<RenameSavedViewMutation, RenameSavedViewMutationVariables>;
export const ShareSavedViewDocument = new TypedDocumentString(`
    mutation ShareSavedView($id: ID!, $version: Int!) {
  shareSavedView(id: $id, expectedVersion: $version) {
    version
    shareKey
  }
}
    `) as unknown as TypedDocumentString<ShareSavedViewMutation, ShareSavedViewMutationVariables>;
export const UnshareSavedViewDocument = new TypedDocumentString(`
    mutation UnshareSavedView($id: ID!, $version: Int!) {
  unshareSavedView(id: $id, expectedVersion: $version) {
    version
    shareKey
  }
}
    `) as unknown as TypedDocumentString<UnshareSavedViewMutation, UnshareSavedViewMutationVariables>;
export const WallScreenViewDocument = new TypedDocumentString(`
    query WallScreenView($key: String!) {
  publicView(shareKey: $key) {
    name
    description
    definition
    ownerUnitName
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<WallScreenViewQuery, WallScreenViewQueryVariables>;
export const AnalystsSavedQueriesDocument = new TypedDocumentString(`
    query AnalystsSavedQueries {
  savedQueries(first: 20) {
    edges {
      node {
        name
        query
        variables
        ownerUnit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnalystsSavedQueriesQuery, AnalystsSavedQueriesQueryVariables>;
export const OrgOnlyDocument = new TypedDocumentString(`
    query OrgOnly {
  orgUnitByCode(code: "513426-ZX") {
    name
    children {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrgOnlyQuery, OrgOnlyQueryVariables>;
export const OrgAndVolunteersDocument = new TypedDocumentString(`
    query OrgAndVolunteers {
  orgUnits(first: 3) {
    totalCount
    edges {
      node {
        name
        level
      }
    }
  }
  center: orgUnitByCode(code: "513426-ZX") {
    name
    volunteerStats(scope: SUBTREE) {
      volunteerCount
    }
  }
  volunteer(id: "1") {
    name
  }
}
    `) as unknown as TypedDocumentString<OrgAndVolunteersQuery, OrgAndVolunteersQueryVariables>;
export const SiteVisitsAndTrainingFiguresDocument = new TypedDocumentString(`
    query SiteVisitsAndTrainingFigures {
  wenjiang: orgUnitByCode(code: "510115-ZX") {
    hostedSiteVisits {
      title
      program {
        organizer {
          name
        }
      }
    }
  }
  huidong: orgUnitByCode(code: "513426-ZX") {
    trainingStats(year: 2021, audience: VOLUNTEERS) {
      programCount
      participantCount
    }
  }
}
    `) as unknown as TypedDocumentString<SiteVisitsAndTrainingFiguresQuery, SiteVisitsAndTrainingFiguresQueryVariables>;
export const OwnTrainingRecordDocument = new TypedDocumentString(`
    query OwnTrainingRecord($id: ID!) {
  volunteer(id: $id) {
    id
    name
    enrollments {
      program {
        title
      }
      attended
      completed
      certificateNumber
    }
  }
}
    `) as unknown as TypedDocumentString<OwnTrainingRecordQuery, OwnTrainingRecordQueryVariables>;
export const CreateSmallProgramDocument = new TypedDocumentString(`
    mutation CreateSmallProgram($o: ID!) {
  createTrainingProgram(
    input: {title: "2030年邛崃市实践站站长培训", organizerId: $o, startsOn: "2030-07-14", endsOn: "2030-07-16", capacity: 2, audience: STAFF}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSmallProgramMutation, CreateSmallProgramMutationVariables>;
export const AddSessionAfterTheProgramDocument = new TypedDocumentString(`
    mutation AddSessionAfterTheProgram($p: ID!) {
  addTrainingSession(
    input: {programId: $p, kind: LECTURE, title: "讲座", startsAt: "2030-07-17T09:00:00+08:00", endsAt: "2030-07-17T11:00:00+08:00"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddSessionAfterTheProgramMutation, AddSessionAfterTheProgramMutationVariables>;
export const AddSessionEndingBeforeItStartsDocument = new TypedDocumentString(`
    mutation AddSessionEndingBeforeItStarts($p: ID!) {
  addTrainingSession(
    input: {programId: $p, kind: LECTURE, title: "讲座", startsAt: "2030-07-15T11:00:00+08:00", endsAt: "2030-07-15T09:00:00+08:00"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddSessionEndingBeforeItStartsMutation, AddSessionEndingBeforeItStartsMutationVariables>;
export const EnrollFromTheCivilizationOfficeDocument = new TypedDocumentString(`
    mutation EnrollFromTheCivilizationOffice($p: ID!, $n: String!) {
  enroll(
    input: {programId: $p, participantName: $n, participantUnitName: "邛崃市文明办"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnrollFromTheCivilizationOfficeMutation, EnrollFromTheCivilizationOfficeMutationVariables>;
export const HuidongVolunteeringDocument = new TypedDocumentString(`
    query HuidongVolunteering {
  orgUnitByCode(code: "513426-ZX") {
    volunteerStats(scope: SUBTREE) {
      volunteerCount
      serviceHours
      teamCount
    }
    volunteerTeams {
      level
      theme
    }
  }
}
    `) as unknown as TypedDocumentString<HuidongVolunteeringQuery, HuidongVolunteeringQueryVariables>;
export const CampaignViewDocument = new TypedDocumentString(`
    query CampaignView($id: ID!, $first: Int = 20, $after: String) {
  campaign(id: $id) {
    id
    name
    kind
    startsOn
    endsOn
    eventTarget
    organizer {
      id
      name
      level
      region {
        code
        name
      }
    }
    stats {
      eventCount
      audienceTotal
      volunteerCount
    }
    byVenue: breakdown(by: VENUE_TYPE) {
      key
      label
      eventCount
      audienceTotal
    }
    byTownship: breakdown(by: ORG_UNIT) {
      key
      label
      eventCount
      audienceTotal
    }
    byMonth: breakdown(by: MONTH) {
      key
      label
      eventCount
      audienceTotal
    }
    events(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          heldAt
          format
          venueType
          audienceCount
          lectureGroup {
            id
            name
          }
          host {
            id
            name
            level
            ancestors {
              id
              name
              level
            }
          }
          volunteers {
            id
            name
            starLevel
            totalServiceHours
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignViewQuery, CampaignViewQueryVariables>;
export const OrgDashboardDocument = new TypedDocumentString(`
    query OrgDashboard($code: String!) {
  orgUnitByCode(code: $code) {
    id
    name
    level
    isPilot
    establishedOn
    region {
      code
      name
      level
    }
    volunteerStats(scope: SUBTREE) {
      volunteerCount
      teamCount
      serviceHours
    }
    campaignStats(scope: SUBTREE) {
      eventCount
      audienceTotal
      volunteerCount
    }
    trainingPrograms {
      id
      title
      startsOn
      endsOn
      participantCount
    }
    venues {
      id
      name
      kind
    }
    children {
      id
      name
      level
      isPilot
      volunteerStats(scope: SUBTREE) {
        volunteerCount
        teamCount
        serviceHours
      }
      campaignStats(scope: SUBTREE) {
        eventCount
        audienceTotal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgDashboardQuery, OrgDashboardQueryVariables>;
export const OrderServiceDocument = new TypedDocumentString(`
    mutation OrderService($input: CreateServiceRequestInput!) {
  createServiceRequest(input: $input) {
    id
    status
    createdAt
    orgUnit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrderServiceMutation, OrderServiceMutationVariables>;
export const DispatchServiceDocument = new TypedDocumentString(`
    mutation DispatchService($id: ID!, $teamId: ID!) {
  dispatchServiceRequest(id: $id, teamId: $teamId) {
    id
    status
    assignedTeam {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchServiceMutation, DispatchServiceMutationVariables>;
export const AcceptServiceDocument = new TypedDocumentString(`
    mutation AcceptService($id: ID!) {
  acceptServiceRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AcceptServiceMutation, AcceptServiceMutationVariables>;
export const CompleteServiceDocument = new TypedDocumentString(`
    mutation CompleteService($id: ID!) {
  completeServiceRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteServiceMutation, CompleteServiceMutationVariables>;
export const RateServiceDocument = new TypedDocumentString(`
    mutation RateService($id: ID!, $rating: Int!, $comment: String) {
  rateServiceRequest(id: $id, rating: $rating, comment: $comment) {
    id
    status
    rating
  }
}
    `) as unknown as TypedDocumentString<RateServiceMutation, RateServiceMutationVariables>;
export const TrainingProgramViewDocument = new TypedDocumentString(`
    query TrainingProgramView($id: ID!) {
  trainingProgram(id: $id) {
    id
    title
    startsOn
    endsOn
    organizer {
      id
      name
      ancestors {
        name
      }
    }
    participantCount
    sessions {
      id
      kind
      title
      startsAt
      speaker
      visitedUnit {
        id
        name
        level
        parent {
          name
        }
      }
    }
    enrollments(first: 100) {
      totalCount
      edges {
        node {
          id
          participantName
          attended
          participantUnit {
            name
            level
          }
          volunteer {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingProgramViewQuery, TrainingProgramViewQueryVariables>;
export const VolunteerProfileDocument = new TypedDocumentString(`
    query VolunteerProfile($id: ID!) {
  volunteer(id: $id) {
    id
    name
    phone
    starLevel
    totalServiceHours
    registeredAt
    homeUnit {
      id
      name
      level
      ancestors {
        name
        level
      }
    }
    teams {
      id
      name
      level
      theme
      orgUnit {
        name
      }
    }
    serviceRecords(first: 10) {
      totalCount
      edges {
        node {
          id
          startedAt
          endedAt
          hours
          description
          campaignEvent {
            id
            title
            campaign {
              name
            }
          }
        }
      }
    }
    campaignEvents(first: 10) {
      totalCount
      edges {
        node {
          id
          title
          heldAt
        }
      }
    }
    enrollments {
      id
      attended
      program {
        id
        title
        startsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerProfileQuery, VolunteerProfileQueryVariables>;