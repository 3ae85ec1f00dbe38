import { signDemoTokens } from '@civic/gateway';

/** Signed with the JWT_SECRET the launcher read, the one its gateway verifies with. */
export async function printDemoTokens(log: (line: string) => void, jwtSecret: string): Promise<void> {
  log('development tokens (Authorization: Bearer <token>), valid 12 h:');
  for (const demo of await signDemoTokens(jwtSecret)) log(`  ${demo.role.padEnd(10)} ${demo.token}`);
}
