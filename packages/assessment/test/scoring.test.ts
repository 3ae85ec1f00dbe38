import { ranksOf } from '../src/ranking/scoring';

describe('ranks (名次)', () => {
  it('gives ties one rank and skips the ranks they take, highest total first', () => {
    expect(ranksOf([70, 95.5, 80, 95.5, 80, 12])).toEqual([5, 1, 3, 1, 3, 6]);
  });

  it('ranks a county of a thousand units as comparing every pair would', () => {
    const totals = Array.from({ length: 1064 }, (_, i) => Math.round(((i * 7919) % 1000) / 10) / 2);
    const byPairs = totals.map((total) => 1 + totals.filter((other) => other > total).length);
    expect(ranksOf(totals)).toEqual(byPairs);
    expect(ranksOf([])).toEqual([]);
  });
});
