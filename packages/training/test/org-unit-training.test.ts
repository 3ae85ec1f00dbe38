import { emittedAndCommittedSdl, postGraphQL, testDatabaseUrl, startSubgraphHarness, type SubgraphHarness } from '@civic/testing';
import { join } from 'node:path';
import { orgSubgraph } from '@civic/org';
import { UNIT_TREE } from '@civic/org-tree';
import { trainingSubgraph } from '../src/subgraph';
import { huidongCenterId } from './support/training-fixture';

interface Entities<T> {
  _entities: T[];
}
interface UnitPrograms {
  id: string;
  trainingPrograms: { id: string; title: string; startsOn: string; participantCount?: number }[];
}

const UNIT_PROGRAMS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on OrgUnit { id trainingPrograms { id title startsOn } } }
}`;

let fixture: SubgraphHarness;
let centerId: string;
let stationIds: string[];

beforeAll(async () => {
  fixture = await startSubgraphHarness([orgSubgraph, trainingSubgraph], { databaseUrl: testDatabaseUrl() });
  centerId = String(await huidongCenterId(fixture));
  const stations = await fixture.sql<{ id: number }>(`SELECT id FROM ${UNIT_TREE} WHERE level = 'STATION' ORDER BY id LIMIT 2`);
  stationIds = stations.map((s) => String(s.id));
});

afterAll(async () => {
  await fixture?.stop();
});

const asOrgUnits = (ids: string[]) => ids.map((id) => ({ __typename: 'OrgUnit', id }));

describe('OrgUnit.trainingPrograms', () => {
  it('resolves many org units in exactly one SQL statement, each with its own programs in date order', async () => {
    const expected = await fixture.sql<{ id: number; title: string; starts_on: string }>(
      `SELECT id, title, starts_on::text FROM training.training_program WHERE organizer_unit_id = $1 ORDER BY starts_on, id`,
      [Number(centerId)],
    );
    const ids = [stationIds[0], centerId, stationIds[1], '999999', 'not-an-id'];

    const before = fixture.subgraphs.training.database.queries.total;
    const res = await postGraphQL<Entities<UnitPrograms>>(fixture.subgraphs.training.url, UNIT_PROGRAMS, {
      representations: asOrgUnits(ids),
    });
    const statements = fixture.subgraphs.training.database.queries.since(before);

    expect(res.errors).toBeUndefined();
    expect(statements).toBe(1);
    expect(res.data?._entities).toEqual([
      { id: stationIds[0], trainingPrograms: [] },
      { id: centerId, trainingPrograms: expected.map((p) => ({ id: String(p.id), title: p.title, startsOn: p.starts_on })) },
      { id: stationIds[1], trainingPrograms: [] },
      { id: '999999', trainingPrograms: [] },
      { id: 'not-an-id', trainingPrograms: [] },
    ]);
    expect(expected).toHaveLength(4);
  });

  it('adds the participant counts of all those programs with one more statement', async () => {
    const before = fixture.subgraphs.training.database.queries.total;
    const res = await postGraphQL<Entities<UnitPrograms>>(
      fixture.subgraphs.training.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on OrgUnit { id trainingPrograms { id participantCount } } }
      }`,
      { representations: asOrgUnits([centerId, stationIds[0]]) },
    );
    expect(res.errors).toBeUndefined();
    expect(fixture.subgraphs.training.database.queries.since(before)).toBe(2);
    const counts = res.data?._entities[0].trainingPrograms.map((p) => p.participantCount) ?? [];
    expect(counts).toHaveLength(4);
    expect(counts.every((n) => n !== undefined && n >= 30 && n <= 80)).toBe(true);
  });
});

describe('TrainingProgram entity', () => {
  it('resolves program representations through one batched load', async () => {
    const rows = await fixture.sql<{ id: number; title: string }>(`SELECT id, title FROM training.training_program ORDER BY id LIMIT 2`);
    const before = fixture.subgraphs.training.database.queries.total;
    const res = await postGraphQL<Entities<{ id: string; title: string; organizer: { id: string } } | null>>(
      fixture.subgraphs.training.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on TrainingProgram { id title organizer { id } } }
      }`,
      {
        representations: [
          ...rows.map((r) => ({ __typename: 'TrainingProgram', id: String(r.id) })),
          { __typename: 'TrainingProgram', id: '999999' },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(fixture.subgraphs.training.database.queries.since(before)).toBe(1);
    expect(res.data?._entities).toEqual([...rows.map((r) => ({ id: String(r.id), title: r.title, organizer: { id: centerId } })), null]);
  });

  it('publishes TrainingProgram and the OrgUnit stub as federation entities keyed by id', async () => {
    const res = await postGraphQL<{ _service: { sdl: string } }>(fixture.subgraphs.training.url, `{ _service { sdl } }`);
    const sdl = res.data?._service.sdl ?? '';
    expect(sdl).toMatch(/type TrainingProgram\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type OrgUnit\s+@key\(fields: "id"\)/);
  });

  it('has its emitted SDL committed', () => {
    const { emitted, committed } = emittedAndCommittedSdl(join(__dirname, '..'));
    expect(emitted).toBe(committed);
  });
});
