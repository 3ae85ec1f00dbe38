import { parseArgs } from 'node:util';
import { isRole } from '@civic/runtime';
import { signDevToken } from '@civic/gateway';

/**
 * `npm run -s token -- --role <ROLE> [--org <org unit code>] [--volunteer <id>] [--expires 12h]` prints
 * a development token, alone on stdout (the root script sends the build's output to stderr).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, org: { type: 'string' }, volunteer: { type: 'string' }, expires: { type: 'string' } },
  });
  if (!isRole(values.role)) {
    console.error(
      'usage: npm run -s token -- --role ADMIN|ORG_ADMIN|OPERATOR|PROPAGANDA|ANALYST|VOLUNTEER [--org <org unit code>] [--volunteer <id>]',
    );
    process.exit(2);
  }
  console.log(await signDevToken({ role: values.role, orgUnitCode: values.org, volunteerId: values.volunteer, expiresIn: values.expires }));
}

void main();
