import { describe, expect, it } from 'vitest';
import { shortUnitName } from '../../src/shared/short-unit-name';

describe('shortUnitName', () => {
  it.each([
    ['会东街道新时代文明实践所', '会东街道'],
    ['姜州镇新时代文明实践所', '姜州镇'],
    ['铅锌镇新华村新时代文明实践站', '铅锌镇新华村'],
    ['会东县新时代文明实践卫生健康分中心', '会东县新时代文明实践卫生健康分中心'],
    ['新时代文明实践中心', '新时代文明实践中心'],
    ['进社区', '进社区'],
  ])('%s → %s', (name, short) => expect(shortUnitName(name)).toBe(short));
});
