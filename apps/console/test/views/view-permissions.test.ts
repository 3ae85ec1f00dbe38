import { describe, expect, it } from 'vitest';
import { canCreateView, canEditView, publicViewUrl } from '../../src/screens/views/api/view-permissions';

const county = { code: '513426-ZX', ancestors: [] };
const township = { code: '513426-SZ-01', ancestors: [{ code: '513426-ZX' }] };

describe('who may change a saved view', () => {
  it('ADMIN every view; ORG_ADMIN and PROPAGANDA those of their unit and the units below it', () => {
    expect(canEditView({ role: 'ADMIN' }, null)).toBe(true);
    expect(canEditView({ role: 'PROPAGANDA', orgUnitCode: '513426-ZX' }, county)).toBe(true);
    expect(canEditView({ role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' }, township)).toBe(true);
    // A township worker reads the county's view but may not change it.
    expect(canEditView({ role: 'PROPAGANDA', orgUnitCode: '513426-SZ-01' }, county)).toBe(false);
    expect(canEditView({ role: 'OPERATOR', orgUnitCode: '513426-ZX' }, county)).toBe(false);
    expect(canEditView({ role: 'ANALYST' }, null)).toBe(false);
    expect(canEditView({ role: 'PROPAGANDA', orgUnitCode: '513426-ZX' }, null)).toBe(false);
  });

  it('only the roles with view:write may save new views', () => {
    expect(
      ['ADMIN', 'ORG_ADMIN', 'PROPAGANDA', 'OPERATOR', 'ANALYST', 'VOLUNTEER'].map((role) => canCreateView({ role: role as never })),
    ).toEqual([true, true, true, false, false, false]);
  });

  it("a public link is the console's /public/<key> on this origin", () => {
    expect(publicViewUrl('a-B_9', 'http://localhost:4000')).toBe('http://localhost:4000/console/public/a-B_9');
  });
});
