import type { MigrationInterface, QueryRunner } from 'typeorm';

const DIFFICULTY = `'MINIMUM_LIVING', 'EXTREME_POVERTY_SUPPORT', 'DISABILITY', 'LEFT_BEHIND_ELDERLY', 'LEFT_BEHIND_CHILDREN', 'ILLNESS_POVERTY', 'RESETTLED_MIGRANT', 'OTHER'`;
const VISITOR = `'GRID_WORKER', 'VILLAGE_CADRE', 'VOLUNTEER'`;
const DISPUTE_CATEGORY = `'NEIGHBOURHOOD', 'MARRIAGE_FAMILY', 'LAND_FOREST', 'RESETTLEMENT', 'LABOUR', 'DEBT', 'OTHER'`;
const DISPUTE_SOURCE = `'VISIT', 'RESIDENT_ORDER', 'REPORT'`;
const DISPUTE_STATE = `'FOUND', 'MEDIATING', 'RESOLVED', 'ESCALATED'`;
const ASSISTANCE_KIND = `'SYMPATHY_VISIT', 'MATERIAL', 'MEDICAL', 'EMPLOYMENT', 'EDUCATION', 'POLICY_ERRAND', 'OTHER'`;

/**
 * Grid work (网格工作): households in difficulty, door-to-door visits, dispute cases with their steps,
 * and assistance. Org units and service orders are other subgraphs' rows, referenced by id only.
 * The checks repeat the API's rules, so no writer stores a case in a state its steps cannot explain.
 */
export class CreateCommunitySchema1764376000000 implements MigrationInterface {
  name = 'CreateCommunitySchema1764376000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE community.seed_runs (name text PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`
      CREATE TABLE community.household (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL,
        head_name text NOT NULL CHECK (length(head_name) BETWEEN 1 AND 50 AND head_name = btrim(head_name)),
        phone text CHECK (phone ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$'),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 200 AND address = btrim(address)),
        categories text[] NOT NULL DEFAULT '{}' CHECK (categories <@ ARRAY[${DIFFICULTY}]::text[]),
        member_count int CHECK (member_count BETWEEN 1 AND 30),
        note text CHECK (length(note) <= 500),
        registered_on date NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX household_unit_idx ON community.household (org_unit_id, id)`);
    await q.query(`
      CREATE TABLE community.visit (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL,
        household_id int REFERENCES community.household (id),
        visitor_kind text NOT NULL CHECK (visitor_kind IN (${VISITOR})),
        visitor_name text NOT NULL CHECK (length(visitor_name) BETWEEN 1 AND 50 AND visitor_name = btrim(visitor_name)),
        volunteer_id int CHECK (volunteer_id IS NULL OR visitor_kind = 'VOLUNTEER'),
        visited_on date NOT NULL,
        findings text NOT NULL CHECK (length(findings) BETWEEN 1 AND 1000),
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        service_request_id int,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX visit_unit_day_idx ON community.visit (org_unit_id, visited_on)`);
    await q.query(`CREATE INDEX visit_day_idx ON community.visit (visited_on, id)`);
    await q.query(`CREATE INDEX visit_household_idx ON community.visit (household_id) WHERE household_id IS NOT NULL`);
    await q.query(`CREATE INDEX visit_service_request_idx ON community.visit (service_request_id) WHERE service_request_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE community.dispute_case (
        id serial PRIMARY KEY,
        org_unit_id int NOT NULL,
        category text NOT NULL CHECK (category IN (${DISPUTE_CATEGORY})),
        source text NOT NULL CHECK (source IN (${DISPUTE_SOURCE})),
        visit_id int REFERENCES community.visit (id),
        service_request_id int,
        household_id int REFERENCES community.household (id),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
        parties text[] NOT NULL CHECK (cardinality(parties) BETWEEN 1 AND 10),
        found_on date NOT NULL,
        state text NOT NULL DEFAULT 'FOUND' CHECK (state IN (${DISPUTE_STATE})),
        escalated_to_unit_id int,
        closed_on date,
        satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 5),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (source <> 'VISIT' OR visit_id IS NOT NULL),
        CHECK ((state = 'ESCALATED') = (escalated_to_unit_id IS NOT NULL)),
        CHECK ((state IN ('RESOLVED', 'ESCALATED')) = (closed_on IS NOT NULL)),
        CHECK (closed_on IS NULL OR closed_on >= found_on),
        CHECK (satisfaction IS NULL OR state = 'RESOLVED')
      )`);
    await q.query(`CREATE INDEX dispute_case_unit_day_idx ON community.dispute_case (org_unit_id, found_on)`);
    await q.query(`CREATE INDEX dispute_case_day_idx ON community.dispute_case (found_on, id)`);
    await q.query(`CREATE INDEX dispute_case_visit_idx ON community.dispute_case (visit_id) WHERE visit_id IS NOT NULL`);
    await q.query(
      `CREATE INDEX dispute_case_service_request_idx ON community.dispute_case (service_request_id) WHERE service_request_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE community.dispute_case_step (
        id serial PRIMARY KEY,
        case_id int NOT NULL REFERENCES community.dispute_case (id),
        action text NOT NULL CHECK (action IN ('OPEN', 'MEDIATE', 'RESOLVE', 'ESCALATE')),
        from_state text CHECK (from_state IN (${DISPUTE_STATE})),
        to_state text NOT NULL CHECK (to_state IN (${DISPUTE_STATE})),
        taken_on date NOT NULL,
        handled_by text CHECK (length(handled_by) BETWEEN 1 AND 100),
        note text CHECK (length(note) <= 500),
        escalated_to_unit_id int CHECK ((action = 'ESCALATE') = (escalated_to_unit_id IS NOT NULL)),
        actor text NOT NULL,
        actor_role text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX dispute_case_step_case_idx ON community.dispute_case_step (case_id, id)`);
    await q.query(`
      CREATE TABLE community.assistance (
        id serial PRIMARY KEY,
        household_id int NOT NULL REFERENCES community.household (id),
        org_unit_id int NOT NULL,
        kind text NOT NULL CHECK (kind IN (${ASSISTANCE_KIND})),
        given_on date NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        given_by text NOT NULL CHECK (length(given_by) BETWEEN 1 AND 100),
        visit_id int REFERENCES community.visit (id),
        service_request_id int,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assistance_unit_day_idx ON community.assistance (org_unit_id, given_on)`);
    await q.query(`CREATE INDEX assistance_day_idx ON community.assistance (given_on, id)`);
    await q.query(`CREATE INDEX assistance_household_idx ON community.assistance (household_id)`);
    await q.query(`CREATE INDEX assistance_visit_idx ON community.assistance (visit_id) WHERE visit_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE community.assistance`);
    await q.query(`DROP TABLE community.dispute_case_step`);
    await q.query(`DROP TABLE community.dispute_case`);
    await q.query(`DROP TABLE community.visit`);
    await q.query(`DROP TABLE community.household`);
    await q.query(`DROP TABLE community.seed_runs`);
  }
}
