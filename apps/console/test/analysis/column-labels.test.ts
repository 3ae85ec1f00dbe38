import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeColumns } from '../../src/screens/analysis/editor/column-labels';
import type { WorkbenchRun } from '../../src/screens/analysis/editor/workbench-run';

const schema = buildSchema(`
  type Query {
    "A campaign by id (活动)."
    campaign(id: ID!): Campaign
  }
  type Campaign {
    "Its name (名称)."
    name: String!
    "Its events (活动场次)."
    events(first: Int): EventConnection!
  }
  type EventConnection { edges: [EventEdge!]! }
  type EventEdge { node: Event! }
  type Event {
    "Kind of place (场所类型)."
    venueType: VenueType!
    "How many came (受众人数)."
    audienceCount: Int!
    "The unit that held it (主办单位)."
    host: Unit!
  }
  type Unit {
    "Its name (名称)."
    name: String!
    "The unit above (上级单位)."
    parent: Unit
  }
  enum VenueType {
    "Into schools (进学校)."
    INTO_SCHOOL
    "Into villages (进农村)."
    INTO_VILLAGE
  }
`);

const runOf = (query: string, operationName?: string): WorkbenchRun => ({ query, variables: {}, operationName, response: {}, at: 0 });

describe('column headings from the schema', () => {
  it('joins the Chinese labels along a column’s path, reads a connection’s nodes and labels enum values', () => {
    const run = runOf(
      `query Events { campaign(id: "1") { events(first: 5) { edges { node { venueType audienceCount host { name parent { name } } } } } } }`,
    );
    const described = describeColumns(
      schema,
      run,
      ['campaign', 'events', 'edges'],
      ['venueType', 'audienceCount', 'host.name', 'host.parent.name'],
    );
    expect(described).toEqual({
      venueType: { heading: '场所类型', enumLabels: { INTO_SCHOOL: '进学校', INTO_VILLAGE: '进农村' } },
      audienceCount: { heading: '受众人数' },
      'host.name': { heading: '主办单位·名称' },
      'host.parent.name': { heading: '主办单位·上级单位·名称' },
    });
  });

  it('keeps an alias the analyst chose, follows fragments and picks the named operation', () => {
    const run = runOf(
      `query Other { campaign(id: "2") { name } }
       query Places { campaign(id: "1") { events { edges { node { ...EventFields } } } } }
       fragment EventFields on Event { place: venueType people: audienceCount }`,
      'Places',
    );
    const described = describeColumns(schema, run, ['campaign', 'events', 'edges'], ['place', 'people']);
    expect(described.people).toEqual({ heading: 'people' });
    expect(described.place.heading).toBe('place');
    expect(described.place.enumLabels?.INTO_SCHOOL).toBe('进学校');
  });

  it('tells two columns with the same label apart by their path, and gives nothing for a query that does not parse', () => {
    const run = runOf(`{ campaign(id: "1") { events { edges { node { host { name parent { name } } } } } } }`);
    expect(describeColumns(schema, run, ['campaign', 'events', 'edges'], ['host.name'])).toEqual({
      'host.name': { heading: '主办单位·名称' },
    });
    const flat = describeColumns(
      schema,
      runOf(`{ campaign(id: "1") { name events { edges { node { audienceCount } } } } }`),
      [],
      ['campaign.name'],
    );
    expect(flat).toEqual({ 'campaign.name': { heading: '活动·名称' } });
    expect(describeColumns(schema, runOf('{ campaign('), ['campaign'], ['name'])).toEqual({});
  });
});
