import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { exportTables } from '../src/export/export-tables';
import { resultShapeOf } from '../src/export/result-shape';
import { rowCells } from '../src/export/row-cells';
import { SheetNames } from '../src/export/sheet-names';
import { XLSX_CELLS } from '../src/export/xlsx-cells';

const schema = buildSchema(`
  scalar DateTime
  scalar Date
  type Query {
    "Volunteers matching a filter, paginated (志愿者列表)."
    volunteers(first: Int, after: String): VolunteerConnection!
    "Teams matching a filter, paginated (志愿服务队列表)."
    volunteerTeams(first: Int, after: String): [Team!]!
  }
  type VolunteerConnection { pageInfo: PageInfo! edges: [VolunteerEdge!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type VolunteerEdge { node: Volunteer! }
  type Volunteer {
    "Real name (姓名)."
    name: String!
    "When the volunteer registered (注册时间)."
    registeredAt: DateTime!
    "Date of birth (出生日期)."
    bornOn: Date
    "Kinds that apply (志愿者类别)."
    kinds: [VolunteerKind!]!
    "Whether on duty (在岗)."
    onDuty: Boolean
    "Cumulative approved service hours (累计服务时长, 小时)."
    totalServiceHours: Float!
    "The station the volunteer registered at (所属阵地)."
    homeUnit: Unit
    note: String
  }
  type Team { "Team name (名称)." name: String! "Short name (名称)." shortName: String "Level (层级)." level: Level! }
  type Unit { "Official name (名称)." name: String! "Level (层级)." level: Level! "Parent unit (上级阵地)." parent: Unit }
  enum Level {
    "Township or street institute (实践所)."
    INSTITUTE
    "Village or community station (实践站)."
    STATION
    POINT
  }
  enum VolunteerKind { "Student (学生)." STUDENT "Grid worker (网格员)." GRID_WORKER }
`);

function tablesOf(query: string, data: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return exportTables(data, resultShapeOf(schema, document, operation));
}

const VOLUNTEER = {
  name: '李建国',
  registeredAt: '2021-06-28T09:30:00+08:00',
  bornOn: '1985-03-02',
  kinds: ['STUDENT', 'GRID_WORKER'],
  onDuty: true,
  hours: 12.5,
  homeUnit: { name: '会东县新时代文明实践中心', level: 'POINT', parent: { name: '会东县' } },
  note: null,
};

describe('the columns of an exported list, from the operation and the schema', () => {
  const query = `query Roster($after: String) {
    volunteers(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...Person homeUnit { name level parent { name } } hours: totalServiceHours note } }
    }
    volunteerTeams { name level }
  }
  fragment Person on Volunteer { name registeredAt bornOn kinds onDuty }`;
  const data = {
    volunteers: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: VOLUNTEER }] },
    volunteerTeams: [{ name: '党员志愿服务队', level: 'STATION' }],
  };

  it('gives each list a table: its field, its variable for `after`, Chinese headings joined along the path', () => {
    const [volunteers, teams] = tablesOf(query, data);
    expect(volunteers.field.label).toBe('志愿者列表');
    expect(volunteers.field.afterVariable).toBe('after');
    expect(teams.field.label).toBe('志愿服务队列表');
    expect(teams.field.afterVariable).toBeUndefined();
    expect(volunteers.columns.map((c) => c.heading)).toEqual([
      '姓名',
      '注册时间',
      '出生日期',
      '志愿者类别',
      '在岗',
      // Two fields labelled 名称 on one path each: unique as they are.
      '所属阵地·名称',
      '所属阵地·层级',
      '所属阵地·上级阵地·名称',
      // The client's alias wins; a field without a Chinese label keeps its name.
      'hours',
      'note',
    ]);
    expect(teams.columns.map((c) => c.heading)).toEqual(['名称', '层级']);
  });

  it('keeps headings apart when two columns carry the same label', () => {
    const [table] = tablesOf('{ volunteerTeams { name shortName level again: level } }', { volunteerTeams: [] });
    expect(table.columns.map((c) => c.heading)).toEqual(['名称 (name)', '名称 (shortName)', '层级', 'again']);
  });

  it('writes cells for people: enum labels, Beijing time as Excel dates, 是/否, numbers as numbers', () => {
    const [volunteers, teams] = tablesOf(query, data);
    expect(rowCells(VOLUNTEER, volunteers.columns, XLSX_CELLS)).toEqual([
      '李建国',
      new Date('2021-06-28T09:30:00Z'),
      new Date('1985-03-02T00:00:00Z'),
      '学生; 网格员',
      '是',
      '会东县新时代文明实践中心',
      // A value without a Chinese label stays its code.
      'POINT',
      '会东县',
      12.5,
      null,
    ]);
    expect(rowCells({ name: '队', level: 'STATION' }, teams.columns, XLSX_CELLS)).toEqual(['队', '实践站']);
  });

  it('shows any offset as Beijing wall time', () => {
    const [table] = tablesOf('{ volunteers { edges { node { registeredAt } } } }', { volunteers: { edges: [] } });
    expect(rowCells({ registeredAt: '2021-06-28T01:30:00Z' }, table.columns, XLSX_CELLS)).toEqual([new Date('2021-06-28T09:30:00Z')]);
    expect(XLSX_CELLS.text('2021-06-28T01:30:00.000Z', table.columns[0].leaf)).toBe('2021-06-28 09:30:00');
  });
});

describe('sheet names', () => {
  it('are unique, at most 31 characters, without the characters Excel refuses', () => {
    const names = new SheetNames();
    expect(names.next('志愿者列表')).toBe('志愿者列表');
    expect(names.next('志愿者列表')).toBe('志愿者列表 (2)');
    expect(names.next('a/b:c[d]*e?f\\g')).toBe('a_b_c_d__e_f_g');
    const long = names.next('x'.repeat(40));
    expect(long).toHaveLength(31);
    expect(names.next('X'.repeat(40))).toBe(`${'X'.repeat(27)} (2)`);
  });
});
