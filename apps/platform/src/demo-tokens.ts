import { signDevToken, type TokenRequest } from '@civic/gateway';

/** One ready-made development token per role, scoped to the Huidong demo data. */
const DEMO: TokenRequest[] = [
  { role: 'ADMIN' },
  { role: 'ORG_ADMIN', orgUnitCode: '513426-ZX' },
  { role: 'OPERATOR', orgUnitCode: '513426100001-SJZ' },
  { role: 'PROPAGANDA', orgUnitCode: '513426-ZX' },
  { role: 'ANALYST' },
  { role: 'VOLUNTEER', volunteerId: '1' },
];

/** Signed with the JWT_SECRET the launcher read, the one its gateway verifies with. */
export async function printDemoTokens(log: (line: string) => void, jwtSecret: string): Promise<void> {
  log('development tokens (Authorization: Bearer <token>), valid 12 h:');
  for (const request of DEMO) log(`  ${request.role.padEnd(10)} ${await signDevToken(request, jwtSecret)}`);
}
