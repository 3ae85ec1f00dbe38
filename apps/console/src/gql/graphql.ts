/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a row behind an indicator figure is, and whose table it comes from (数据来源). */
export type AssessmentEvidenceSource =
  /** A campaign event held (活动场次), from the campaigns subgraph. */
  | 'CAMPAIGN_EVENT'
  /** A customs-reform measure in force at a station (移风易俗举措), from the campaigns subgraph. */
  | 'CUSTOMS_REFORM_MEASURE'
  /** An approved service record (志愿服务记录), from the volunteers subgraph. */
  | 'SERVICE_RECORD'
  /** A resident's service order (群众点单), from the volunteers subgraph. */
  | 'SERVICE_REQUEST'
  /** A station that was active in the period (活跃实践站), dated by its first event or activity. */
  | 'STATION'
  /** A trainee's enrollment and the sessions of the period attended (培训学员), from the training subgraph. */
  | 'TRAINING_ENROLLMENT';

/** What an indicator measures (考核指标类别), each computed over the unit and every unit below it in the scheme's period. */
export type AssessmentIndicatorKind =
  /** Share of stations, 0–1, that hosted at least one campaign event or volunteer activity at or below them (活跃实践站占比). */
  | 'ACTIVE_STATION_SHARE'
  /** Share, 0–1, of the customs-reform measures every station should have in force at the end of the period: village rules and a red-white council (移风易俗覆盖率). */
  | 'CUSTOMS_REFORM_COVERAGE'
  /** Campaign events hosted, not voided, per station per month: events ÷ (stations × months the period touches) (站均月均活动场次). */
  | 'EVENTS_PER_STATION_MONTH'
  /** Approved service hours begun in the period ÷ volunteers registered at the unit or below and still on the register at its end (人均志愿服务时长). */
  | 'HOURS_PER_VOLUNTEER'
  /** Share, 0–1, of residents' service orders placed in the period and not cancelled that are completed now (点单办结率). */
  | 'ORDERS_ANSWERED_SHARE'
  /** Average of residents' ratings, 1–5, of the orders placed in the period and rated (群众评单满意度). */
  | 'ORDER_RATING'
  /** Share, 0–1, of the training sessions of the period that trainees of the unit or below attended, of all they were enrolled for (培训出勤率). */
  | 'TRAINING_ATTENDANCE';

/** Where an assessment scheme stands (方案状态): DRAFT → PUBLISHED → CLOSED. */
export type AssessmentSchemeState =
  /** The period is assessed and the results final: nothing changes any more (已结束). */
  | 'CLOSED'
  /** Being drawn up: period, level and indicators may all change (草拟中). */
  | 'DRAFT'
  /** Announced to the units: targets and weights may still be adjusted, the period and level no longer (已发布). */
  | 'PUBLISHED';

/** Which events to list; all given conditions must hold (场次筛选). */
export type CampaignEventFilter = {
  /** Only events under this sub-action of the campaign (子行动). */
  actionId?: string | number | null | undefined;
  /** Only events of this campaign (所属活动). */
  campaignId?: string | number | null | undefined;
  /** Only events of this format (活动形式). */
  format?: EventFormat | null | undefined;
  /** Only events held at or after this instant (起始时间). */
  from?: string | null | undefined;
  /** Only events held on or after this China day, YYYY-MM-DD (起始日期). */
  heldFrom?: string | null | undefined;
  /** Only events held on or before this China day, YYYY-MM-DD (截止日期). */
  heldTo?: string | null | undefined;
  /** Only events hosted by this org unit itself (承办单位). */
  hostId?: string | number | null | undefined;
  /** Only events hosted by this org unit or any unit below it (承办单位及下级). */
  hostSubtreeOf?: string | number | null | undefined;
  /** Also list voided events (default false) (含已作废). */
  includeVoided?: boolean | null | undefined;
  /** Only events of this lecture group (宣讲小组). */
  lectureGroupId?: string | number | null | undefined;
  /** Title contains this, in Chinese (金沙江) or pinyin, whole or initials, up to 50 characters (主题搜索). */
  search?: string | null | undefined;
  /** Only events held before this instant (截止时间, exclusive). */
  to?: string | null | undefined;
  /** Only events taken into this kind of place (场所类型). */
  venueType?: VenueType | null | undefined;
  /** Only events held under this work brand (工作品牌). */
  workBrandId?: string | number | null | undefined;
};

/** How to sort campaign events (活动场次); omit for oldest first (排序). */
export type CampaignEventOrder = {
  /** ASC (default when a field is given) or DESC (排序方向). */
  direction?: OrderDirection | null | undefined;
  /** The field to sort by (排序字段). */
  field?: CampaignEventOrderField | null | undefined;
};

/** What campaign events (活动场次) can be sorted by (排序字段). */
export type CampaignEventOrderField =
  /** People reached (受众人次). */
  | 'AUDIENCE_COUNT'
  /** When it was held (举办时间). */
  | 'HELD_AT'
  /** Recording order (场次编号). */
  | 'ID'
  /** Title, character by character (活动主题). */
  | 'TITLE';

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

/** Corrections to a recorded service, with the reason; omitted fields stay as recorded (更正服务记录). */
export type CorrectServiceRecordInput = {
  /** Corrected activity; null clears it (关联活动). */
  activityId?: string | number | null | undefined;
  /** Corrected content, up to 500 characters; blank clears it (服务内容). */
  description?: string | null | undefined;
  /** Corrected end: after the start, not in the future, at most 24 h later (结束时间). */
  endedAt?: string | null | undefined;
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** Corrected hours, more than 0 and at most the time between start and end; omitted: from the times when they change (服务时长). */
  hours?: number | null | undefined;
  /** The service record (服务记录). */
  id: string | number;
  /** Why it is corrected, 1–200 characters (更正原因). */
  reason: string;
  /** Corrected start (开始时间). */
  startedAt?: string | null | undefined;
  /** Corrected team; null clears it (服务队). */
  teamId?: string | number | null | undefined;
};

/** A new saved query; it belongs to the caller's org unit, or to none for unscoped roles (保存分析查询). */
export type CreateSavedQueryInput = {
  /** What it is for, up to 500 characters (说明). */
  description?: string | null | undefined;
  /** Name, 1–60 characters once trimmed (名称). */
  name: string;
  /** The GraphQL document: operations and fragments that parse, at most 100 KB (查询语句). */
  query: string;
  /** Its variables as a JSON object, at most 64 KB; omit or null for none (查询变量). */
  variables?: string | null | undefined;
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

/** What a multi-dimensional breakdown of campaign events groups by (统计维度). */
export type EventDimension =
  /** By sub-action of the campaign; events under none fall under "NONE" (按子行动). */
  | 'ACTION'
  /** By campaign (按活动). */
  | 'CAMPAIGN'
  /** By the unit's child the host lies under; events the unit hosted itself fall under "NONE" (按下级单位). */
  | 'CHILD_UNIT'
  /** By format, every format listed, zeros included (按活动形式). */
  | 'FORMAT'
  /** By calendar month in China time, YYYY-MM; with both from and to, every month of the period, zeros included (按月份). */
  | 'MONTH'
  /** By the township or street institute the host lies under; events hosted above that tier fall under "NONE" (按乡镇). */
  | 'TOWNSHIP'
  /** By kind of place, every kind listed, zeros included (按场所类型). */
  | 'VENUE_TYPE'
  /** By the village or community station the host lies under; events hosted above that tier fall under "NONE" (按村社区). */
  | 'VILLAGE';

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

/** Where a required fix stands (整改状态): OPEN → FIXED → VERIFIED. */
export type FindingState =
  /** Reported fixed by the unit, waiting to be checked (已整改待核查). */
  | 'FIXED'
  /** Required, not yet reported fixed (待整改); overdue once its due day has passed. */
  | 'OPEN'
  /** Checked and accepted: done (已核查销号). */
  | 'VERIFIED';

/** Which way a list is sorted (排序方向). */
export type OrderDirection =
  /** Smallest, earliest or A first (升序). */
  | 'ASC'
  /** Largest, latest or Z first (降序). */
  | 'DESC';

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

/** Which tier of units a scheme scores and ranks (考核对象层级). */
export type RankedLevel =
  /** Township or street institutes (实践所). */
  | 'INSTITUTE'
  /** Village or community stations (实践站). */
  | 'STATION';

/** Who is recognised (评优对象). */
export type RecognitionSubject =
  /** A volunteer service team (优秀志愿服务队). */
  | 'TEAM'
  /** A unit ranked in the scheme, e.g. an institute (先进单位). */
  | 'UNIT'
  /** A volunteer (优秀志愿者). */
  | 'VOLUNTEER';

/** An event held under a campaign (登记活动场次). */
export type RecordCampaignEventInput = {
  /** The sub-action of the campaign it belongs to (所属子行动). */
  actionId?: string | number | null | undefined;
  /** People reached, 0 or more (受众人次). */
  audienceCount: number;
  /** The campaign it was held under (所属活动). */
  campaignId: string | number;
  /** How it was held (活动形式). */
  format: EventFormat;
  /** When it started; its day in China Standard Time must lie inside the campaign period (举办时间). */
  heldAt: string;
  /** The org unit that hosted it; must exist and lie inside the recorder's subtree (承办单位). */
  hostId: string | number;
  /** The lecture group that gave it (宣讲小组). */
  lectureGroupId?: string | number | null | undefined;
  /** Where exactly, e.g. 照金纪念馆, up to 200 characters (地点). */
  place?: string | null | undefined;
  /** What happened, up to 2000 characters (活动简介). */
  summary?: string | null | undefined;
  /** Title (活动主题), 1–200 characters. */
  title: string;
  /** The venue it was held at, an id of the org subgraph's venues, e.g. a red education site (举办场馆). */
  venueId?: string | number | null | undefined;
  /** Kind of place it was taken into (场所类型). */
  venueType: VenueType;
  /** Volunteers who served, at most 200 (服务志愿者); ids of the volunteers subgraph. */
  volunteerIds?: Array<string | number> | null | undefined;
  /** The work brand it was held under (所属工作品牌). */
  workBrandId?: string | number | null | undefined;
};

/** Hours of actual service to record for a volunteer (记录服务时长). */
export type RecordServiceInput = {
  /** The campaign event served at, if any (关联宣讲场次). */
  campaignEventId?: string | number | null | undefined;
  /** What was done (服务内容), up to 500 characters. */
  description?: string | null | undefined;
  /** End: after the start, not in the future, at most 24 h later (结束时间). */
  endedAt: string;
  /** Client-chosen key: the same key twice records once and returns the first record (幂等键). */
  idempotencyKey?: string | null | undefined;
  /** Start of the service (开始时间). */
  startedAt: string;
  /** The team served with (所在服务队). */
  teamId?: string | number | null | undefined;
  /** The volunteer (志愿者). */
  volunteerId: string | number;
};

/** What service hours can be broken down by (服务时长统计维度). */
export type ServiceHoursDimension =
  /** The activity served at (活动). */
  | 'ACTIVITY'
  /** The unit directly below the asked one that the volunteer's home unit lies under (下级单位). */
  | 'CHILD_UNIT'
  /** The China month the service began in (月份). */
  | 'MONTH'
  /** The volunteer's political status (政治面貌). */
  | 'POLITICAL_STATUS'
  /** The team served with (服务队). */
  | 'TEAM'
  /** The township institute of the volunteer's home unit (乡镇). */
  | 'TOWNSHIP'
  /** The village station of the volunteer's home unit (村社). */
  | 'VILLAGE';

/** Review state of a service record (审核状态). */
export type ServiceRecordStatus =
  /** Approved; counts towards total hours and stars (已通过). */
  | 'APPROVED'
  /** Awaiting review; does not count yet (待审核). */
  | 'PENDING'
  /** Rejected; kept, never counted (未通过). */
  | 'REJECTED'
  /** Voided with a reason after it was recorded; kept, never counted (已作废). */
  | 'VOIDED';

/** Who a training program is for (培训对象). */
export type TrainingAudience =
  /** Staff and volunteers together (工作人员和志愿者). */
  | 'MIXED'
  /** Staff of centers, institutes, stations and departments (工作人员). */
  | 'STAFF'
  /** Volunteers, e.g. a volunteer professional training (志愿者). */
  | 'VOLUNTEERS';

/** What training figures can be broken down by (培训统计维度). */
export type TrainingDimension =
  /** Who the program is for (培训对象). */
  | 'AUDIENCE'
  /** The units directly below the unit asked about, each with everything below it; the unit itself counts as its own group (下级单位). */
  | 'CHILD_UNIT'
  /** The China calendar month the program starts in, labelled like 2021年3月 (月份). */
  | 'MONTH'
  /** The township institute the organiser lies in; NONE for organisers above the townships (乡镇). */
  | 'TOWNSHIP'
  /** The village station the organiser lies in; NONE for organisers above the villages (村). */
  | 'VILLAGE';

/** Where a training program stands, from its dates and today in China Standard Time (培训状态). */
export type TrainingProgramStatus =
  /** Cancelled; kept for history, takes no enrollments or sessions (已取消). */
  | 'CANCELLED'
  /** Its last day has passed; takes no enrollments (已结束). */
  | 'FINISHED'
  /** Running today; still takes enrollments (进行中). */
  | 'IN_PROGRESS'
  /** Not started yet; takes enrollments (未开始). */
  | 'UPCOMING';

/** New target, weight or description of an indicator, as read: omitted fields stay as they are (调整考核指标). The next ranking uses them. */
export type UpdateAssessmentIndicatorInput = {
  /** New description, up to 500 characters; null or blank clears it (指标说明). */
  description?: string | null | undefined;
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** The indicator (考核指标). */
  id: string | number;
  /** New target, more than 0; a share at most 1, a rating at most 5 (目标值). */
  target?: number | null | undefined;
  /** New weight, more than 0, at most 1000 (分值). */
  weight?: number | null | undefined;
};

/** Changes to a saved query: omitted fields stay as they are, null clears the description or the variables (修改分析查询). */
export type UpdateSavedQueryInput = {
  /** What it is for, up to 500 characters (说明). */
  description?: string | null | undefined;
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** New name, 1–60 characters (名称). */
  name?: string | null | undefined;
  /** The whole new GraphQL document, at most 100 KB (查询语句). */
  query?: string | null | undefined;
  /** New variables as a JSON object, at most 64 KB; null clears them (查询变量). */
  variables?: string | null | undefined;
};

/** Changes to a saved view: omitted fields stay as they are, null or blank clears the description (修改看板). */
export type UpdateSavedViewInput = {
  /** The whole new definition, a JSON object, at most 64 KB (视图定义). */
  definition?: string | null | undefined;
  /** What it is for, up to 500 characters (说明). */
  description?: string | null | undefined;
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** New name, 1–60 characters (名称). */
  name?: string | null | undefined;
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

/** A recorded service to void, with the reason; it is kept, never counted (作废服务记录). */
export type VoidServiceRecordInput = {
  /** The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号). */
  expectedVersion: number;
  /** The service record (服务记录). */
  id: string | number;
  /** Why it is voided, 1–200 characters (作废原因). */
  reason: string;
};

/** What volunteers can be broken down by (志愿者统计维度). */
export type VolunteerDimension =
  /** The unit directly below the asked one that the home unit lies under (下级单位). */
  | 'CHILD_UNIT'
  /** Gender (性别). */
  | 'GENDER'
  /** Kind of volunteer; one with several kinds counts under each (志愿者类别). */
  | 'KIND'
  /** Political status (政治面貌). */
  | 'POLITICAL_STATUS'
  /** The China month of registration (注册月份). */
  | 'REGISTRATION_MONTH'
  /** Star level 0–5 from cumulative approved hours (星级). */
  | 'STAR_LEVEL'
  /** The township institute of the home unit (乡镇). */
  | 'TOWNSHIP'
  /** The village station of the home unit (村社). */
  | 'VILLAGE';

export type ConsoleOwnUnitQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleOwnUnitQuery = { orgUnitByCode: { id: string, name: string } | null };

export type ConsoleSavedQueriesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ConsoleSavedQueriesQuery = { savedQueries: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string | null, query: string, variables: string | null, version: number, createdBy: string | null, updatedAt: string, ownerUnit: { id: string, name: string } | null } }> } };

export type ConsoleSavedQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSavedQueryQuery = { savedQuery: { id: string, name: string, description: string | null, query: string, variables: string | null, version: number, createdBy: string | null, updatedAt: string, ownerUnit: { id: string, name: string } | null } | null };

export type ConsoleCreateSavedQueryMutationVariables = Exact<{
  input: CreateSavedQueryInput;
}>;


export type ConsoleCreateSavedQueryMutation = { createSavedQuery: { id: string, name: string, description: string | null, version: number } };

export type ConsoleUpdateSavedQueryMutationVariables = Exact<{
  id: string | number;
  input: UpdateSavedQueryInput;
}>;


export type ConsoleUpdateSavedQueryMutation = { updateSavedQuery: { id: string, name: string, description: string | null, version: number } };

export type ConsoleDeleteSavedQueryMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ConsoleDeleteSavedQueryMutation = { deleteSavedQuery: string };

export type ConsoleAssessmentSchemesQueryVariables = Exact<{
  ownCode: string;
  scoped: boolean;
}>;


export type ConsoleAssessmentSchemesQuery = { assessmentSchemes: { totalCount: number, edges: Array<{ node: { id: string, name: string, from: string, to: string, state: AssessmentSchemeState, ownerUnit: { id: string, name: string, ancestors: Array<{ id: string }> } } }> }, orgUnitByCode?: { id: string, ancestors: Array<{ id: string }> } | null };

export type ConsoleAssessmentSchemeQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAssessmentSchemeQuery = { assessmentScheme: { id: string, name: string, description: string | null, from: string, to: string, state: AssessmentSchemeState, version: number, rankedLevel: RankedLevel, weightTotal: number, rankingAsOf: string | null, ownerUnit: { id: string, name: string, ancestors: Array<{ id: string }> }, indicators: Array<{ id: string, kind: AssessmentIndicatorKind, target: number, weight: number, version: number, formula: string, description: string | null }>, ranking: Array<{ rank: number, totalScore: number, maxScore: number, unit: { id: string, name: string }, indicators: Array<{ value: number | null, numerator: number, denominator: number, score: number, indicator: { id: string } }> }> } | null, vocabulary: { id: string, assessmentIndicatorKind: Array<{ value: string, label: string }>, assessmentSchemeState: Array<{ value: string, label: string }>, rankedLevel: Array<{ value: string, label: string }>, assessmentEvidenceSource: Array<{ value: string, label: string }> } };

export type ConsoleAssessmentUnitEvidenceQueryVariables = Exact<{
  unitId: string | number;
  schemeId: string | number;
  kind: AssessmentIndicatorKind;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleAssessmentUnitEvidenceQuery = { orgUnit: { id: string, assessment: { indicatorScore: { rows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { sourceKind: AssessmentEvidenceSource, sourceId: string, day: string, label: string, amount: number, unit: string } }> } } | null } | null } | null };

export type ConsoleAssessmentInspectionsQueryVariables = Exact<{
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleAssessmentInspectionsQuery = { orgUnit: { id: string, inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, inspectedOn: string, inspectors: string, summary: string, openFindingCount: number, overdueFindingCount: number, orgUnit: { id: string, name: string }, scheme: { id: string } | null, findings: Array<{ id: string, requiredFix: string, dueOn: string, state: FindingState, fixedOn: string | null, fixReport: string | null, verifiedOn: string | null, overdue: boolean }> } }> } } | null };

export type ConsoleAssessmentRecognitionsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleAssessmentRecognitionsQuery = { assessmentScheme: { id: string, recognitions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subjectKind: RecognitionSubject, title: string, reason: string, rankAtTime: number | null, scoreAtTime: number | null, recognizedOn: string, unit: { id: string, name: string } | null, team: { id: string, name: string } | null, volunteer: { id: string, name: string } | null } }> } } | null, vocabulary: { id: string, recognitionSubject: Array<{ value: string, label: string }> } };

export type ConsoleUpdateAssessmentIndicatorMutationVariables = Exact<{
  input: UpdateAssessmentIndicatorInput;
}>;


export type ConsoleUpdateAssessmentIndicatorMutation = { updateAssessmentIndicator: { id: string, target: number, weight: number, version: number } };

export type ConsoleCampaignViewFiguresQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleCampaignViewFiguresQuery = { campaign: { id: string, name: string, startsOn: string | null, endsOn: string | null, eventTarget: number | null, audienceTarget: number | null, organizer: { id: string, name: string }, stats: { eventCount: number } } | null, orgUnit: { id: string, code: string, name: string, level: OrgLevel, ancestors: Array<{ id: string, code: string, name: string, level: OrgLevel }>, stats: { eventCount: number, audienceTotal: number, volunteerCount: number }, stations: { totalCount: number }, stationsWithoutEvents: Array<{ id: string }>, byVenueType: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }>, byFormat: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }>, byMonth: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }>, byTownship: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }>, byChildUnit: Array<{ eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> }> } | null, vocabulary: { venueType: Array<{ value: string }>, eventFormat: Array<{ value: string }> } };

export type ConsoleCampaignViewCellFragment = { eventCount: number, audienceTotal: number, keys: Array<{ key: string, label: string }> };

export type ConsoleCampaignViewEventsQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  search?: string | null | undefined;
  orderBy?: CampaignEventOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleCampaignViewEventsQuery = { campaignEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, heldAt: string, format: EventFormat, venueType: VenueType, audienceCount: number, place: string | null, host: { id: string, name: string }, lectureGroup: { id: string, name: string } | null } }> }, vocabulary: { eventFormat: Array<{ value: string, label: string }>, venueType: Array<{ value: string, label: string }> } };

export type ConsoleCampaignViewExportQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  search?: string | null | undefined;
  orderBy?: CampaignEventOrder | null | undefined;
  unitDimension: EventDimension;
  after?: string | null | undefined;
}>;


export type ConsoleCampaignViewExportQuery = { orgUnit: { byUnit: Array<{ eventCount: number, audienceTotal: number, volunteerCount: number, keys: Array<{ label: string }> }>, byVenueType: Array<{ eventCount: number, audienceTotal: number, volunteerCount: number, keys: Array<{ label: string }> }>, byFormat: Array<{ eventCount: number, audienceTotal: number, volunteerCount: number, keys: Array<{ label: string }> }>, byMonth: Array<{ eventCount: number, audienceTotal: number, volunteerCount: number, keys: Array<{ label: string }> }> } | null, events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { title: string, heldAt: string, format: EventFormat, venueType: VenueType, audienceCount: number, place: string | null, host: { name: string }, lectureGroup: { name: string } | null } }> } };

export type ConsoleCampaignExportCellFragment = { eventCount: number, audienceTotal: number, volunteerCount: number, keys: Array<{ label: string }> };

export type ConsoleCampaignViewDefaultsQueryVariables = Exact<{
  code: string;
  scoped: boolean;
  campaignId: string | number;
  hasCampaign: boolean;
}>;


export type ConsoleCampaignViewDefaultsQuery = { ownUnit?: { id: string, code: string, ancestors: Array<{ code: string }> } | null, chosen?: { id: string, kind: CampaignKind, closedAt: string | null, organizer: { id: string, code: string, ancestors: Array<{ id: string, code: string }> } } | null, campaigns?: { edges: Array<{ node: { id: string, kind: CampaignKind, closedAt: string | null, organizer: { id: string, code: string, ancestors: Array<{ id: string, code: string }> } } }> } };

export type ConsoleDefaultCampaignFragment = { id: string, kind: CampaignKind, closedAt: string | null, organizer: { id: string, code: string, ancestors: Array<{ id: string, code: string }> } };

export type ConsoleUnitCoverageFragment = { coverage: { region: { name: string }, townships: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ code: string, name: string }> }, villages: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ code: string, name: string }> } } | null };

export type ConsoleOrgUnitSummaryQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  campaignId: string | number;
  withCampaign: boolean;
  gapLevel: OrgLevel;
}>;


export type ConsoleOrgUnitSummaryQuery = { orgUnit: { id: string, name: string, level: OrgLevel, volunteerStats: { volunteerCount: number, teamCount: number, serviceHours: number }, campaignStats: { eventCount: number, audienceTotal: number }, trainingStats: { programCount: number, participantCount: number }, unitsWithoutEvents?: Array<{ id: string, name: string }>, venues: Array<{ id: string, name: string, kind: VenueKind }>, coverage: { region: { name: string }, townships: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ code: string, name: string }> }, villages: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ code: string, name: string }> } } | null } | null, vocabulary: { id: string, venueKind: Array<{ value: string, label: string }> } };

export type ConsoleOrgTreeNodeFragment = { id: string, name: string, level: OrgLevel, closedOn: string | null, children: Array<{ id: string }>, volunteerStats: { volunteerCount: number, serviceHours: number }, campaignStats: { eventCount: number } };

export type ConsoleOrgTreeRootsQueryVariables = Exact<{
  code: string;
  scoped: boolean;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleOrgTreeRootsQuery = { orgUnitByCode?: { id: string, name: string, level: OrgLevel, closedOn: string | null, children: Array<{ id: string }>, volunteerStats: { volunteerCount: number, serviceHours: number }, campaignStats: { eventCount: number } } | null, orgUnits?: { edges: Array<{ node: { id: string, name: string, level: OrgLevel, closedOn: string | null, children: Array<{ id: string }>, volunteerStats: { volunteerCount: number, serviceHours: number }, campaignStats: { eventCount: number } } }> } };

export type ConsoleOrgTreeChildrenQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleOrgTreeChildrenQuery = { orgUnit: { id: string, children: Array<{ id: string, name: string, level: OrgLevel, closedOn: string | null, children: Array<{ id: string }>, volunteerStats: { volunteerCount: number, serviceHours: number }, campaignStats: { eventCount: number } }> } | null };

export type ConsoleOrgUnitPageQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  fromInstant?: string | null | undefined;
  toInstant?: string | null | undefined;
  withRanking: boolean;
}>;


export type ConsoleOrgUnitPageQuery = { orgUnit: { id: string, code: string, name: string, level: OrgLevel, establishedOn: string | null, closedOn: string | null, address: string | null, department: string | null, isPilot: boolean, contact: { name: string, title: string | null, phone: string | null } | null, ancestors: Array<{ id: string, name: string }>, designations: Array<{ id: string, title: string, grantedOn: string }>, volunteerStats: { volunteerCount: number, teamCount: number, serviceHours: number }, campaignStats: { eventCount: number, audienceTotal: number, volunteerCount: number }, trainingStats: { programCount: number, participantCount: number, completedCount: number }, hoursByMonth: Array<{ hours: number, recordCount: number, volunteerCount: number, keys: Array<{ key: string, label: string }> }>, volunteersByKind: Array<{ volunteerCount: number, keys: Array<{ key: string, label: string }> }>, volunteersByStar: Array<{ volunteerCount: number, keys: Array<{ key: string, label: string }> }>, topVolunteers?: Array<{ rank: number, hours: number, volunteer: { id: string, name: string, starLevel: number } }> | null, children: Array<{ id: string, name: string, level: OrgLevel, closedOn: string | null, volunteerStats: { volunteerCount: number, teamCount: number, serviceHours: number }, campaignStats: { eventCount: number, audienceTotal: number }, trainingStats: { programCount: number } }>, campaignEvents: { totalCount: number, edges: Array<{ node: { id: string, title: string, heldAt: string, format: EventFormat, venueType: VenueType, audienceCount: number, host: { id: string, name: string }, campaign: { id: string, name: string } } }> }, trainingPrograms: Array<{ id: string, title: string, startsOn: string, endsOn: string, audience: TrainingAudience, status: TrainingProgramStatus, participantCount: number, place: string | null }>, venues: Array<{ id: string, name: string, kind: VenueKind, address: string | null, openingHours: string | null, capacity: number | null }>, coverage: { region: { name: string }, townships: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ code: string, name: string }> }, villages: { total: number, covered: number, percentCovered: number | null, uncovered: Array<{ code: string, name: string }> } } | null } | null, vocabulary: { id: string, eventFormat: Array<{ value: string, label: string }>, venueType: Array<{ value: string, label: string }>, venueKind: Array<{ value: string, label: string }>, trainingAudience: Array<{ value: string, label: string }>, trainingProgramStatus: Array<{ value: string, label: string }> } };

export type ConsoleRecordCampaignEventMutationVariables = Exact<{
  input: RecordCampaignEventInput;
}>;


export type ConsoleRecordCampaignEventMutation = { recordCampaignEvent: { id: string, title: string, heldAt: string, host: { id: string, name: string }, campaign: { id: string, name: string, stats: { eventCount: number, audienceTotal: number } } } };

export type ConsoleCorrectCampaignEventMutationVariables = Exact<{
  input: CorrectCampaignEventInput;
}>;


export type ConsoleCorrectCampaignEventMutation = { correctCampaignEvent: { id: string, version: number } };

export type ConsoleCorrectServiceRecordMutationVariables = Exact<{
  input: CorrectServiceRecordInput;
}>;


export type ConsoleCorrectServiceRecordMutation = { correctServiceRecord: { id: string, version: number } };

export type ConsoleRecentCampaignEventsQueryVariables = Exact<{
  hostSubtreeOf?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRecentCampaignEventsQuery = { campaignEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, heldAt: string, format: EventFormat, venueType: VenueType, place: string | null, audienceCount: number, summary: string | null, voidedAt: string | null, voidReason: string | null, version: number, campaign: { id: string, name: string }, host: { id: string, name: string } } }> } };

export type ConsoleVoidCampaignEventMutationVariables = Exact<{
  input: VoidCampaignEventInput;
}>;


export type ConsoleVoidCampaignEventMutation = { voidCampaignEvent: { id: string, version: number, voidedAt: string | null } };

export type ConsoleRecentServiceRecordsQueryVariables = Exact<{
  subtreeOf?: string | number | null | undefined;
  status?: ServiceRecordStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleRecentServiceRecordsQuery = { serviceRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, startedAt: string, endedAt: string, hours: number, description: string | null, status: ServiceRecordStatus, reviewNote: string | null, voidReason: string | null, version: number, volunteer: { id: string, name: string } } }> } };

export type ConsoleApproveServiceRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleApproveServiceRecordMutation = { approveServiceRecord: { id: string, status: ServiceRecordStatus, version: number } };

export type ConsoleRejectServiceRecordMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleRejectServiceRecordMutation = { rejectServiceRecord: { id: string, status: ServiceRecordStatus, version: number } };

export type ConsoleVoidServiceRecordMutationVariables = Exact<{
  input: VoidServiceRecordInput;
}>;


export type ConsoleVoidServiceRecordMutation = { voidServiceRecord: { id: string, status: ServiceRecordStatus, version: number } };

export type ConsoleRecordServiceMutationVariables = Exact<{
  input: RecordServiceInput;
}>;


export type ConsoleRecordServiceMutation = { recordService: { id: string, hours: number, status: ServiceRecordStatus, volunteer: { id: string, name: string, totalServiceHours: number } } };

export type ConsoleSavedViewListQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleSavedViewListQuery = { savedViews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string | null, version: number, updatedAt: string, shareKey: string | null, ownerUnit: { id: string, name: string } | null } }> } };

export type ConsoleSavedViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSavedViewQuery = { savedView: { id: string, name: string, description: string | null, definition: string, version: number, updatedAt: string, shareKey: string | null, ownerUnit: { id: string, name: string, code: string, ancestors: Array<{ code: string }> } | null } | null };

export type ConsolePublicViewQueryVariables = Exact<{
  shareKey: string;
}>;


export type ConsolePublicViewQuery = { publicView: { name: string, description: string | null, definition: string, ownerUnitName: string | null, updatedAt: string } | null };

export type ConsoleCreateSavedViewMutationVariables = Exact<{
  input: CreateSavedViewInput;
}>;


export type ConsoleCreateSavedViewMutation = { createSavedView: { id: string, version: number } };

export type ConsoleUpdateSavedViewMutationVariables = Exact<{
  id: string | number;
  input: UpdateSavedViewInput;
}>;


export type ConsoleUpdateSavedViewMutation = { updateSavedView: { id: string, version: number } };

export type ConsoleDeleteSavedViewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ConsoleDeleteSavedViewMutation = { deleteSavedView: string };

export type ConsoleShareSavedViewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ConsoleShareSavedViewMutation = { shareSavedView: { id: string, version: number, shareKey: string | null } };

export type ConsoleUnshareSavedViewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ConsoleUnshareSavedViewMutation = { unshareSavedView: { id: string, version: number, shareKey: string | null } };

export type ConsoleViewsOwnUnitQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleViewsOwnUnitQuery = { orgUnitByCode: { id: string, name: string } | null };

export type ConsoleViewHeadlineQueryVariables = Exact<{
  unitId: string | number;
  campaignId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  withHours: boolean;
}>;


export type ConsoleViewHeadlineQuery = { orgUnit: { id: string, name: string, campaignStats: { eventCount: number, audienceTotal: number, volunteerCount: number }, volunteerStats?: { serviceHours: number } } | null };

export type ConsoleViewCampaignHeadlineQueryVariables = Exact<{
  unitId: string | number;
  campaignId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  withHours: boolean;
}>;


export type ConsoleViewCampaignHeadlineQuery = { orgUnit: { id: string, name: string, campaignStats: { eventCount: number, audienceTotal: number, volunteerCount: number }, volunteerStats?: { serviceHours: number } } | null, campaign: { id: string, name: string, eventTarget: number | null, audienceTarget: number | null, organizer: { id: string } } | null };

export type ConsoleViewEventBreakdownQueryVariables = Exact<{
  unitId: string | number;
  campaignId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  dimension: EventDimension;
  skipEmptyUnits?: boolean | null | undefined;
  withVolunteers: boolean;
}>;


export type ConsoleViewEventBreakdownQuery = { orgUnit: { id: string, name: string, campaignEventBreakdown: Array<{ eventCount: number, audienceTotal: number, volunteerCount?: number, keys: Array<{ key: string, label: string }> }> } | null };

export type ConsoleViewServiceHoursBreakdownQueryVariables = Exact<{
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  dimension: ServiceHoursDimension;
  skipEmptyUnits?: boolean | null | undefined;
}>;


export type ConsoleViewServiceHoursBreakdownQuery = { orgUnit: { id: string, name: string, serviceHoursBreakdown: Array<{ hours: number, recordCount: number, volunteerCount: number, keys: Array<{ key: string, label: string }> }> } | null };

export type ConsoleViewVolunteerBreakdownQueryVariables = Exact<{
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  dimension: VolunteerDimension;
  skipEmptyUnits?: boolean | null | undefined;
}>;


export type ConsoleViewVolunteerBreakdownQuery = { orgUnit: { id: string, name: string, volunteerBreakdown: Array<{ volunteerCount: number, keys: Array<{ key: string, label: string }> }> } | null };

export type ConsoleViewTrainingBreakdownQueryVariables = Exact<{
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  dimension: TrainingDimension;
  skipEmptyUnits: boolean;
}>;


export type ConsoleViewTrainingBreakdownQuery = { orgUnit: { id: string, name: string, trainingBreakdown: Array<{ programCount: number, participantCount: number, attendedCount: number, completedCount: number, keys: Array<{ key: string, label: string }> }> } | null };

export type ConsoleViewEventTableQueryVariables = Exact<{
  filter: CampaignEventFilter;
  first: number;
  orderBy: CampaignEventOrder;
}>;


export type ConsoleViewEventTableQuery = { campaignEvents: { totalCount: number, edges: Array<{ node: { id: string, title: string, heldAt: string, format: EventFormat, venueType: VenueType, place: string | null, audienceCount: number, host: { id: string, name: string }, campaign: { id: string, name: string } } }> }, vocabulary: { eventFormat: Array<{ value: string, label: string }>, venueType: Array<{ value: string, label: string }> } };

export type ConsoleViewTopVolunteersQueryVariables = Exact<{
  unitId: string | number;
  first: number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleViewTopVolunteersQuery = { orgUnit: { id: string, name: string, topVolunteers: Array<{ rank: number, hours: number, volunteer: { id: string, name: string } }> | null } | null };

export type ConsoleViewCoverageQueryVariables = Exact<{
  unitId: string | number;
  asOf?: string | null | undefined;
}>;


export type ConsoleViewCoverageQuery = { orgUnit: { id: string, name: string, coverage: { region: { name: string }, townships: { total: number, covered: number, percentCovered: number | null }, villages: { total: number, covered: number, percentCovered: number | null } } | null } | null };

export type ConsoleViewCampaignCoverageQueryVariables = Exact<{
  unitId: string | number;
  campaignId: string | number;
  asOf?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  level: OrgLevel;
}>;


export type ConsoleViewCampaignCoverageQuery = { orgUnit: { id: string, name: string, coverage: { region: { name: string }, townships: { total: number, covered: number, percentCovered: number | null }, villages: { total: number, covered: number, percentCovered: number | null } } | null, descendants: { totalCount: number }, unitsWithoutEvents: Array<{ id: string, name: string }> } | null };

export type ConsoleCampaignOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ConsoleCampaignOptionsQuery = { campaigns: { edges: Array<{ node: { id: string, name: string } }> } };

export type ConsoleUnitRootsQueryVariables = Exact<{
  code: string;
  scoped: boolean;
}>;


export type ConsoleUnitRootsQuery = { orgUnitByCode?: { id: string, name: string, level: OrgLevel } | null, orgUnits?: { edges: Array<{ node: { id: string, name: string, level: OrgLevel } }> } };

export type ConsoleUnitChildrenQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnitChildrenQuery = { orgUnit: { id: string, children: Array<{ id: string, name: string, level: OrgLevel }> } | null };

export type ConsoleVolunteerOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  subtreeOf?: string | number | null | undefined;
}>;


export type ConsoleVolunteerOptionsQuery = { volunteers: { edges: Array<{ node: { id: string, name: string, volunteerNumber: string | null, homeUnit: { id: string, name: string } | null } }> } };

export type ConsoleScopeUnitQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleScopeUnitQuery = { orgUnitByCode: { id: string, name: string, level: OrgLevel } | null };

export type ConsoleVocabularyLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleVocabularyLabelsQuery = { vocabulary: { id: string, eventFormat: Array<{ value: string, label: string }>, venueType: Array<{ value: string, label: string }>, venueKind: Array<{ value: string, label: string }>, orgLevel: Array<{ value: string, label: string }>, serviceRecordStatus: Array<{ value: string, label: string }>, trainingAudience: Array<{ value: string, label: string }>, trainingProgramStatus: Array<{ value: string, label: string }> } };

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
export const ConsoleCampaignViewCellFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCampaignViewCell on CampaignEventCell {
  keys {
    key
    label
  }
  eventCount
  audienceTotal
}
    `, {"fragmentName":"ConsoleCampaignViewCell"}) as unknown as TypedDocumentString<ConsoleCampaignViewCellFragment, unknown>;
export const ConsoleCampaignExportCellFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCampaignExportCell on CampaignEventCell {
  keys {
    label
  }
  eventCount
  audienceTotal
  volunteerCount
}
    `, {"fragmentName":"ConsoleCampaignExportCell"}) as unknown as TypedDocumentString<ConsoleCampaignExportCellFragment, unknown>;
export const ConsoleDefaultCampaignFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ConsoleDefaultCampaign"}) as unknown as TypedDocumentString<ConsoleDefaultCampaignFragment, unknown>;
export const ConsoleUnitCoverageFragmentDoc = new TypedDocumentString(`
    fragment ConsoleUnitCoverage on OrgUnit {
  coverage(asOf: $to) {
    region {
      name
    }
    townships {
      total
      covered
      percentCovered
      uncovered {
        code
        name
      }
    }
    villages {
      total
      covered
      percentCovered
      uncovered {
        code
        name
      }
    }
  }
}
    `, {"fragmentName":"ConsoleUnitCoverage"}) as unknown as TypedDocumentString<ConsoleUnitCoverageFragment, unknown>;
export const ConsoleOrgTreeNodeFragmentDoc = new TypedDocumentString(`
    fragment ConsoleOrgTreeNode on OrgUnit {
  id
  name
  level
  closedOn
  children {
    id
  }
  volunteerStats(from: $from, to: $to) {
    volunteerCount
    serviceHours
  }
  campaignStats(from: $from, to: $to) {
    eventCount
  }
}
    `, {"fragmentName":"ConsoleOrgTreeNode"}) as unknown as TypedDocumentString<ConsoleOrgTreeNodeFragment, unknown>;
export const ConsoleOwnUnitDocument = new TypedDocumentString(`
    query ConsoleOwnUnit($code: String!) {
  orgUnitByCode(code: $code) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleOwnUnitQuery, ConsoleOwnUnitQueryVariables>;
export const ConsoleSavedQueriesDocument = new TypedDocumentString(`
    query ConsoleSavedQueries($search: String, $first: Int) {
  savedQueries(
    search: $search
    first: $first
    orderBy: {field: UPDATED_AT, direction: DESC}
  ) {
    totalCount
    edges {
      node {
        id
        name
        description
        query
        variables
        version
        createdBy
        updatedAt
        ownerUnit {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSavedQueriesQuery, ConsoleSavedQueriesQueryVariables>;
export const ConsoleSavedQueryDocument = new TypedDocumentString(`
    query ConsoleSavedQuery($id: ID!) {
  savedQuery(id: $id) {
    id
    name
    description
    query
    variables
    version
    createdBy
    updatedAt
    ownerUnit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSavedQueryQuery, ConsoleSavedQueryQueryVariables>;
export const ConsoleCreateSavedQueryDocument = new TypedDocumentString(`
    mutation ConsoleCreateSavedQuery($input: CreateSavedQueryInput!) {
  createSavedQuery(input: $input) {
    id
    name
    description
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateSavedQueryMutation, ConsoleCreateSavedQueryMutationVariables>;
export const ConsoleUpdateSavedQueryDocument = new TypedDocumentString(`
    mutation ConsoleUpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {
  updateSavedQuery(id: $id, input: $input) {
    id
    name
    description
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateSavedQueryMutation, ConsoleUpdateSavedQueryMutationVariables>;
export const ConsoleDeleteSavedQueryDocument = new TypedDocumentString(`
    mutation ConsoleDeleteSavedQuery($id: ID!, $expectedVersion: Int!) {
  deleteSavedQuery(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteSavedQueryMutation, ConsoleDeleteSavedQueryMutationVariables>;
export const ConsoleAssessmentSchemesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleAssessmentSchemesQuery, ConsoleAssessmentSchemesQueryVariables>;
export const ConsoleAssessmentSchemeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleAssessmentSchemeQuery, ConsoleAssessmentSchemeQueryVariables>;
export const ConsoleAssessmentUnitEvidenceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleAssessmentUnitEvidenceQuery, ConsoleAssessmentUnitEvidenceQueryVariables>;
export const ConsoleAssessmentInspectionsDocument = new TypedDocumentString(`
    query ConsoleAssessmentInspections($unitId: ID!, $from: Date, $to: Date, $after: String) {
  orgUnit(id: $unitId) {
    id
    inspections(first: 20, after: $after, filter: {from: $from, to: $to}) {
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
    `) as unknown as TypedDocumentString<ConsoleAssessmentInspectionsQuery, ConsoleAssessmentInspectionsQueryVariables>;
export const ConsoleAssessmentRecognitionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleAssessmentRecognitionsQuery, ConsoleAssessmentRecognitionsQueryVariables>;
export const ConsoleUpdateAssessmentIndicatorDocument = new TypedDocumentString(`
    mutation ConsoleUpdateAssessmentIndicator($input: UpdateAssessmentIndicatorInput!) {
  updateAssessmentIndicator(input: $input) {
    id
    target
    weight
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateAssessmentIndicatorMutation, ConsoleUpdateAssessmentIndicatorMutationVariables>;
export const ConsoleCampaignViewFiguresDocument = new TypedDocumentString(`
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
    stats: campaignStats(
      campaignId: $campaignId
      from: $from
      to: $to
      scope: SUBTREE
    ) {
      eventCount
      audienceTotal
      volunteerCount
    }
    stations: descendants(first: 0, level: STATION) {
      totalCount
    }
    stationsWithoutEvents: unitsWithoutEvents(
      campaignId: $campaignId
      from: $from
      to: $to
      level: STATION
    ) {
      id
    }
    byVenueType: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [VENUE_TYPE]
    ) {
      ...ConsoleCampaignViewCell
    }
    byFormat: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [FORMAT]
    ) {
      ...ConsoleCampaignViewCell
    }
    byMonth: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [MONTH]
    ) {
      ...ConsoleCampaignViewCell
    }
    byTownship: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [TOWNSHIP]
    ) {
      ...ConsoleCampaignViewCell
    }
    byChildUnit: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [CHILD_UNIT]
    ) {
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
}`) as unknown as TypedDocumentString<ConsoleCampaignViewFiguresQuery, ConsoleCampaignViewFiguresQueryVariables>;
export const ConsoleCampaignViewEventsDocument = new TypedDocumentString(`
    query ConsoleCampaignViewEvents($campaignId: ID!, $unitId: ID!, $from: Date, $to: Date, $search: String, $orderBy: CampaignEventOrder, $first: Int!, $after: String) {
  campaignEvents(
    first: $first
    after: $after
    orderBy: $orderBy
    filter: {campaignId: $campaignId, hostSubtreeOf: $unitId, heldFrom: $from, heldTo: $to, search: $search}
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
    `) as unknown as TypedDocumentString<ConsoleCampaignViewEventsQuery, ConsoleCampaignViewEventsQueryVariables>;
export const ConsoleCampaignViewExportDocument = new TypedDocumentString(`
    query ConsoleCampaignViewExport($campaignId: ID!, $unitId: ID!, $from: Date, $to: Date, $search: String, $orderBy: CampaignEventOrder, $unitDimension: EventDimension!, $after: String) {
  orgUnit(id: $unitId) {
    byUnit: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [$unitDimension]
    ) {
      ...ConsoleCampaignExportCell
    }
    byVenueType: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [VENUE_TYPE]
    ) {
      ...ConsoleCampaignExportCell
    }
    byFormat: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [FORMAT]
    ) {
      ...ConsoleCampaignExportCell
    }
    byMonth: campaignEventBreakdown(
      campaignId: $campaignId
      from: $from
      to: $to
      dimensions: [MONTH]
    ) {
      ...ConsoleCampaignExportCell
    }
  }
  events: campaignEvents(
    first: 100
    after: $after
    orderBy: $orderBy
    filter: {campaignId: $campaignId, hostSubtreeOf: $unitId, heldFrom: $from, heldTo: $to, search: $search}
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
}`) as unknown as TypedDocumentString<ConsoleCampaignViewExportQuery, ConsoleCampaignViewExportQueryVariables>;
export const ConsoleCampaignViewDefaultsDocument = new TypedDocumentString(`
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
  campaigns(first: 50, orderBy: {field: STARTS_ON, direction: DESC}) @skip(if: $hasCampaign) {
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
}`) as unknown as TypedDocumentString<ConsoleCampaignViewDefaultsQuery, ConsoleCampaignViewDefaultsQueryVariables>;
export const ConsoleOrgUnitSummaryDocument = new TypedDocumentString(`
    query ConsoleOrgUnitSummary($id: ID!, $from: Date, $to: Date, $campaignId: ID!, $withCampaign: Boolean!, $gapLevel: OrgLevel!) {
  orgUnit(id: $id) {
    id
    name
    level
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
      participantCount
    }
    ...ConsoleUnitCoverage
    unitsWithoutEvents(
      level: $gapLevel
      campaignId: $campaignId
      from: $from
      to: $to
    ) @include(if: $withCampaign) {
      id
      name
    }
    venues {
      id
      name
      kind
    }
  }
  vocabulary {
    id
    venueKind {
      value
      label
    }
  }
}
    fragment ConsoleUnitCoverage on OrgUnit {
  coverage(asOf: $to) {
    region {
      name
    }
    townships {
      total
      covered
      percentCovered
      uncovered {
        code
        name
      }
    }
    villages {
      total
      covered
      percentCovered
      uncovered {
        code
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ConsoleOrgUnitSummaryQuery, ConsoleOrgUnitSummaryQueryVariables>;
export const ConsoleOrgTreeRootsDocument = new TypedDocumentString(`
    query ConsoleOrgTreeRoots($code: String!, $scoped: Boolean!, $from: Date, $to: Date) {
  orgUnitByCode(code: $code) @include(if: $scoped) {
    ...ConsoleOrgTreeNode
  }
  orgUnits(first: 100, filter: {level: CENTER}) @skip(if: $scoped) {
    edges {
      node {
        ...ConsoleOrgTreeNode
      }
    }
  }
}
    fragment ConsoleOrgTreeNode on OrgUnit {
  id
  name
  level
  closedOn
  children {
    id
  }
  volunteerStats(from: $from, to: $to) {
    volunteerCount
    serviceHours
  }
  campaignStats(from: $from, to: $to) {
    eventCount
  }
}`) as unknown as TypedDocumentString<ConsoleOrgTreeRootsQuery, ConsoleOrgTreeRootsQueryVariables>;
export const ConsoleOrgTreeChildrenDocument = new TypedDocumentString(`
    query ConsoleOrgTreeChildren($id: ID!, $from: Date, $to: Date) {
  orgUnit(id: $id) {
    id
    children {
      ...ConsoleOrgTreeNode
    }
  }
}
    fragment ConsoleOrgTreeNode on OrgUnit {
  id
  name
  level
  closedOn
  children {
    id
  }
  volunteerStats(from: $from, to: $to) {
    volunteerCount
    serviceHours
  }
  campaignStats(from: $from, to: $to) {
    eventCount
  }
}`) as unknown as TypedDocumentString<ConsoleOrgTreeChildrenQuery, ConsoleOrgTreeChildrenQueryVariables>;
export const ConsoleOrgUnitPageDocument = new TypedDocumentString(`
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
    hoursByMonth: serviceHoursBreakdown(
      from: $from
      to: $to
      dimensions: [MONTH]
      skipEmptyUnits: true
    ) {
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
    campaignEvents(
      scope: SUBTREE
      first: 10
      orderBy: {field: HELD_AT, direction: DESC}
      filter: {heldFrom: $from, heldTo: $to}
    ) {
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
    fragment ConsoleUnitCoverage on OrgUnit {
  coverage(asOf: $to) {
    region {
      name
    }
    townships {
      total
      covered
      percentCovered
      uncovered {
        code
        name
      }
    }
    villages {
      total
      covered
      percentCovered
      uncovered {
        code
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<ConsoleOrgUnitPageQuery, ConsoleOrgUnitPageQueryVariables>;
export const ConsoleRecordCampaignEventDocument = new TypedDocumentString(`
    mutation ConsoleRecordCampaignEvent($input: RecordCampaignEventInput!) {
  recordCampaignEvent(input: $input) {
    id
    title
    heldAt
    host {
      id
      name
    }
    campaign {
      id
      name
      stats {
        eventCount
        audienceTotal
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordCampaignEventMutation, ConsoleRecordCampaignEventMutationVariables>;
export const ConsoleCorrectCampaignEventDocument = new TypedDocumentString(`
    mutation ConsoleCorrectCampaignEvent($input: CorrectCampaignEventInput!) {
  correctCampaignEvent(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleCorrectCampaignEventMutation, ConsoleCorrectCampaignEventMutationVariables>;
export const ConsoleCorrectServiceRecordDocument = new TypedDocumentString(`
    mutation ConsoleCorrectServiceRecord($input: CorrectServiceRecordInput!) {
  correctServiceRecord(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleCorrectServiceRecordMutation, ConsoleCorrectServiceRecordMutationVariables>;
export const ConsoleRecentCampaignEventsDocument = new TypedDocumentString(`
    query ConsoleRecentCampaignEvents($hostSubtreeOf: ID, $after: String) {
  campaignEvents(
    first: 20
    after: $after
    orderBy: {field: ID, direction: DESC}
    filter: {hostSubtreeOf: $hostSubtreeOf, includeVoided: true}
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
        place
        audienceCount
        summary
        voidedAt
        voidReason
        version
        campaign {
          id
          name
        }
        host {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecentCampaignEventsQuery, ConsoleRecentCampaignEventsQueryVariables>;
export const ConsoleVoidCampaignEventDocument = new TypedDocumentString(`
    mutation ConsoleVoidCampaignEvent($input: VoidCampaignEventInput!) {
  voidCampaignEvent(input: $input) {
    id
    version
    voidedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleVoidCampaignEventMutation, ConsoleVoidCampaignEventMutationVariables>;
export const ConsoleRecentServiceRecordsDocument = new TypedDocumentString(`
    query ConsoleRecentServiceRecords($subtreeOf: ID, $status: ServiceRecordStatus, $after: String) {
  serviceRecords(
    first: 20
    after: $after
    orderBy: {field: CREATED_AT, direction: DESC}
    filter: {subtreeOf: $subtreeOf, status: $status}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        startedAt
        endedAt
        hours
        description
        status
        reviewNote
        voidReason
        version
        volunteer {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecentServiceRecordsQuery, ConsoleRecentServiceRecordsQueryVariables>;
export const ConsoleApproveServiceRecordDocument = new TypedDocumentString(`
    mutation ConsoleApproveServiceRecord($id: ID!) {
  approveServiceRecord(id: $id) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleApproveServiceRecordMutation, ConsoleApproveServiceRecordMutationVariables>;
export const ConsoleRejectServiceRecordDocument = new TypedDocumentString(`
    mutation ConsoleRejectServiceRecord($id: ID!, $reason: String!) {
  rejectServiceRecord(id: $id, reason: $reason) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleRejectServiceRecordMutation, ConsoleRejectServiceRecordMutationVariables>;
export const ConsoleVoidServiceRecordDocument = new TypedDocumentString(`
    mutation ConsoleVoidServiceRecord($input: VoidServiceRecordInput!) {
  voidServiceRecord(input: $input) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleVoidServiceRecordMutation, ConsoleVoidServiceRecordMutationVariables>;
export const ConsoleRecordServiceDocument = new TypedDocumentString(`
    mutation ConsoleRecordService($input: RecordServiceInput!) {
  recordService(input: $input) {
    id
    hours
    status
    volunteer {
      id
      name
      totalServiceHours
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordServiceMutation, ConsoleRecordServiceMutationVariables>;
export const ConsoleSavedViewListDocument = new TypedDocumentString(`
    query ConsoleSavedViewList($search: String, $after: String) {
  savedViews(first: 50, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        description
        version
        updatedAt
        shareKey
        ownerUnit {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSavedViewListQuery, ConsoleSavedViewListQueryVariables>;
export const ConsoleSavedViewDocument = new TypedDocumentString(`
    query ConsoleSavedView($id: ID!) {
  savedView(id: $id) {
    id
    name
    description
    definition
    version
    updatedAt
    shareKey
    ownerUnit {
      id
      name
      code
      ancestors {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSavedViewQuery, ConsoleSavedViewQueryVariables>;
export const ConsolePublicViewDocument = new TypedDocumentString(`
    query ConsolePublicView($shareKey: String!) {
  publicView(shareKey: $shareKey) {
    name
    description
    definition
    ownerUnitName
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ConsolePublicViewQuery, ConsolePublicViewQueryVariables>;
export const ConsoleCreateSavedViewDocument = new TypedDocumentString(`
    mutation ConsoleCreateSavedView($input: CreateSavedViewInput!) {
  createSavedView(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateSavedViewMutation, ConsoleCreateSavedViewMutationVariables>;
export const ConsoleUpdateSavedViewDocument = new TypedDocumentString(`
    mutation ConsoleUpdateSavedView($id: ID!, $input: UpdateSavedViewInput!) {
  updateSavedView(id: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateSavedViewMutation, ConsoleUpdateSavedViewMutationVariables>;
export const ConsoleDeleteSavedViewDocument = new TypedDocumentString(`
    mutation ConsoleDeleteSavedView($id: ID!, $expectedVersion: Int!) {
  deleteSavedView(id: $id, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<ConsoleDeleteSavedViewMutation, ConsoleDeleteSavedViewMutationVariables>;
export const ConsoleShareSavedViewDocument = new TypedDocumentString(`
    mutation ConsoleShareSavedView($id: ID!, $expectedVersion: Int!) {
  shareSavedView(id: $id, expectedVersion: $expectedVersion) {
    id
    version
    shareKey
  }
}
    `) as unknown as TypedDocumentString<ConsoleShareSavedViewMutation, ConsoleShareSavedViewMutationVariables>;
export const ConsoleUnshareSavedViewDocument = new TypedDocumentString(`
    mutation ConsoleUnshareSavedView($id: ID!, $expectedVersion: Int!) {
  unshareSavedView(id: $id, expectedVersion: $expectedVersion) {
    id
    version
    shareKey
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnshareSavedViewMutation, ConsoleUnshareSavedViewMutationVariables>;
export const ConsoleViewsOwnUnitDocument = new TypedDocumentString(`
    query ConsoleViewsOwnUnit($code: String!) {
  orgUnitByCode(code: $code) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewsOwnUnitQuery, ConsoleViewsOwnUnitQueryVariables>;
export const ConsoleViewHeadlineDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleViewHeadlineQuery, ConsoleViewHeadlineQueryVariables>;
export const ConsoleViewCampaignHeadlineDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleViewCampaignHeadlineQuery, ConsoleViewCampaignHeadlineQueryVariables>;
export const ConsoleViewEventBreakdownDocument = new TypedDocumentString(`
    query ConsoleViewEventBreakdown($unitId: ID!, $campaignId: ID, $from: Date, $to: Date, $dimension: EventDimension!, $skipEmptyUnits: Boolean, $withVolunteers: Boolean!) {
  orgUnit(id: $unitId) {
    id
    name
    campaignEventBreakdown(
      dimensions: [$dimension]
      campaignId: $campaignId
      from: $from
      to: $to
      skipEmptyUnits: $skipEmptyUnits
    ) {
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
    `) as unknown as TypedDocumentString<ConsoleViewEventBreakdownQuery, ConsoleViewEventBreakdownQueryVariables>;
export const ConsoleViewServiceHoursBreakdownDocument = new TypedDocumentString(`
    query ConsoleViewServiceHoursBreakdown($unitId: ID!, $from: Date, $to: Date, $dimension: ServiceHoursDimension!, $skipEmptyUnits: Boolean) {
  orgUnit(id: $unitId) {
    id
    name
    serviceHoursBreakdown(
      dimensions: [$dimension]
      from: $from
      to: $to
      skipEmptyUnits: $skipEmptyUnits
    ) {
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
    `) as unknown as TypedDocumentString<ConsoleViewServiceHoursBreakdownQuery, ConsoleViewServiceHoursBreakdownQueryVariables>;
export const ConsoleViewVolunteerBreakdownDocument = new TypedDocumentString(`
    query ConsoleViewVolunteerBreakdown($unitId: ID!, $from: Date, $to: Date, $dimension: VolunteerDimension!, $skipEmptyUnits: Boolean) {
  orgUnit(id: $unitId) {
    id
    name
    volunteerBreakdown(
      dimensions: [$dimension]
      from: $from
      to: $to
      skipEmptyUnits: $skipEmptyUnits
    ) {
      keys {
        key
        label
      }
      volunteerCount
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleViewVolunteerBreakdownQuery, ConsoleViewVolunteerBreakdownQueryVariables>;
export const ConsoleViewTrainingBreakdownDocument = new TypedDocumentString(`
    query ConsoleViewTrainingBreakdown($unitId: ID!, $from: Date, $to: Date, $dimension: TrainingDimension!, $skipEmptyUnits: Boolean!) {
  orgUnit(id: $unitId) {
    id
    name
    trainingBreakdown(
      dimensions: [$dimension]
      from: $from
      to: $to
      skipEmptyUnits: $skipEmptyUnits
    ) {
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
    `) as unknown as TypedDocumentString<ConsoleViewTrainingBreakdownQuery, ConsoleViewTrainingBreakdownQueryVariables>;
export const ConsoleViewEventTableDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleViewEventTableQuery, ConsoleViewEventTableQueryVariables>;
export const ConsoleViewTopVolunteersDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleViewTopVolunteersQuery, ConsoleViewTopVolunteersQueryVariables>;
export const ConsoleViewCoverageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleViewCoverageQuery, ConsoleViewCoverageQueryVariables>;
export const ConsoleViewCampaignCoverageDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleViewCampaignCoverageQuery, ConsoleViewCampaignCoverageQueryVariables>;
export const ConsoleCampaignOptionsDocument = new TypedDocumentString(`
    query ConsoleCampaignOptions($search: String) {
  campaigns(first: 30, filter: {search: $search}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCampaignOptionsQuery, ConsoleCampaignOptionsQueryVariables>;
export const ConsoleUnitRootsDocument = new TypedDocumentString(`
    query ConsoleUnitRoots($code: String!, $scoped: Boolean!) {
  orgUnitByCode(code: $code) @include(if: $scoped) {
    id
    name
    level
  }
  orgUnits(first: 100, filter: {level: CENTER}) @skip(if: $scoped) {
    edges {
      node {
        id
        name
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnitRootsQuery, ConsoleUnitRootsQueryVariables>;
export const ConsoleUnitChildrenDocument = new TypedDocumentString(`
    query ConsoleUnitChildren($id: ID!) {
  orgUnit(id: $id) {
    id
    children {
      id
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnitChildrenQuery, ConsoleUnitChildrenQueryVariables>;
export const ConsoleVolunteerOptionsDocument = new TypedDocumentString(`
    query ConsoleVolunteerOptions($search: String, $subtreeOf: ID) {
  volunteers(first: 20, filter: {search: $search, subtreeOf: $subtreeOf}) {
    edges {
      node {
        id
        name
        volunteerNumber
        homeUnit {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleVolunteerOptionsQuery, ConsoleVolunteerOptionsQueryVariables>;
export const ConsoleScopeUnitDocument = new TypedDocumentString(`
    query ConsoleScopeUnit($code: String!) {
  orgUnitByCode(code: $code) {
    id
    name
    level
  }
}
    `) as unknown as TypedDocumentString<ConsoleScopeUnitQuery, ConsoleScopeUnitQueryVariables>;
export const ConsoleVocabularyLabelsDocument = new TypedDocumentString(`
    query ConsoleVocabularyLabels {
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
    orgLevel {
      value
      label
    }
    serviceRecordStatus {
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
    `) as unknown as TypedDocumentString<ConsoleVocabularyLabelsQuery, ConsoleVocabularyLabelsQueryVariables>;