import { describe, expect, it } from 'vitest';
import { firstList, LIST_SEPARATOR, resultTable } from '../../src/screens/analysis/result/result-table';

describe('the first list of a result', () => {
  it('reads a connection’s edges as their nodes, depth first in the order the result gives them', () => {
    const data = {
      orgUnits: {
        totalCount: 2,
        pageInfo: { hasNextPage: false, endCursor: 'b' },
        edges: [
          { cursor: 'a', node: { name: '铁柳镇' } },
          { cursor: 'b', node: { name: '野租乡' } },
        ],
      },
      trainingPrograms: [{ title: '不会被选中' }],
    };
    expect(firstList(data)).toEqual({ path: ['orgUnits', 'edges'], items: [{ name: '铁柳镇' }, { name: '野租乡' }] });
  });

  it('finds a plain list under nested objects', () => {
    expect(firstList({ orgUnitByCode: { name: '会东县', coverage: { townships: { uncovered: [{ code: '1' }] } } } })).toEqual({
      path: ['orgUnitByCode', 'coverage', 'townships', 'uncovered'],
      items: [{ code: '1' }],
    });
  });
});

describe('a result as table rows and columns', () => {
  it('flattens nested objects into dotted columns and keeps numbers as numbers', () => {
    const table = resultTable({
      orgUnit: {
        name: '会东县新时代文明实践中心',
        topVolunteers: [
          { rank: 1, hours: 120.5, volunteer: { name: '张三', phone: '138****5678', homeUnit: { name: '铁柳镇实践所' } } },
          { rank: 2, hours: 99, volunteer: { name: '李四', phone: null, homeUnit: { name: '野租乡实践所' } } },
        ],
      },
    });
    expect(table?.path).toEqual(['orgUnit', 'topVolunteers']);
    expect(table?.columns).toEqual(['rank', 'hours', 'volunteer.name', 'volunteer.phone', 'volunteer.homeUnit.name']);
    expect(table?.rows).toEqual([
      { rank: 1, hours: 120.5, 'volunteer.name': '张三', 'volunteer.phone': '138****5678', 'volunteer.homeUnit.name': '铁柳镇实践所' },
      { rank: 2, hours: 99, 'volunteer.name': '李四', 'volunteer.phone': null, 'volunteer.homeUnit.name': '野租乡实践所' },
    ]);
  });

  it('joins the values of a list inside an item into one cell, as the Excel export does', () => {
    const table = resultTable({
      trainingPrograms: {
        edges: [
          { node: { title: '骨干培训', sessions: [{ title: '开班' }, { title: '宣讲技巧' }], tags: ['党史', '宣讲'] } },
          { node: { title: '新人培训', sessions: [], tags: [] } },
        ],
      },
    });
    expect(table?.columns).toEqual(['title', 'sessions.title', 'tags']);
    expect(table?.rows[0]).toEqual({
      title: '骨干培训',
      'sessions.title': `开班${LIST_SEPARATOR}宣讲技巧`,
      tags: `党史${LIST_SEPARATOR}宣讲`,
    });
    expect(table?.rows[1]).toEqual({ title: '新人培训', 'sessions.title': '', tags: '' });
  });

  it('takes a field null in one item and an object in another as the object’s columns', () => {
    const table = resultTable({
      units: [
        { name: '甲', parent: null },
        { name: '乙', parent: { name: '会东县' } },
      ],
    });
    expect(table?.columns).toEqual(['name', 'parent.name']);
    expect(table?.rows).toEqual([
      { name: '甲', 'parent.name': null },
      { name: '乙', 'parent.name': '会东县' },
    ]);
  });

  it('gives a list of scalars one column, and a result without a list one row of its fields', () => {
    expect(resultTable({ codes: ['a', 'b'] })).toEqual({ path: ['codes'], columns: ['value'], rows: [{ value: 'a' }, { value: 'b' }] });
    expect(resultTable({ orgUnitByCode: { name: '会东县', volunteerStats: { volunteerCount: 12 } } })).toEqual({
      path: [],
      columns: ['orgUnitByCode.name', 'orgUnitByCode.volunteerStats.volunteerCount'],
      rows: [{ 'orgUnitByCode.name': '会东县', 'orgUnitByCode.volunteerStats.volunteerCount': 12 }],
    });
  });

  it('has no table without data, and an empty one for an empty list', () => {
    expect(resultTable(null)).toBeUndefined();
    expect(resultTable(undefined)).toBeUndefined();
    expect(resultTable({ volunteers: { edges: [] } })).toEqual({ path: ['volunteers', 'edges'], columns: [], rows: [] });
  });
});
