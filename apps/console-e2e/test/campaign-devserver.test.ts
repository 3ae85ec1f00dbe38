// TEMPORARY dev server for the campaign screens' helper; deleted before the report.
import { writeFileSync } from 'node:fs';
import { startTestPlatform } from '../../gateway/test/support/platform';
import { tokenOf } from './support/console-browser';

const run = process.env.CAMPAIGN_DEVSERVER ? it : it.skip;
run(
  'serves',
  async () => {
    const platform = await startTestPlatform();
    const token = await tokenOf({ role: 'PROPAGANDA', orgUnitCode: '513426-ZX' });
    writeFileSync('/tmp/camp/server.json', JSON.stringify({ url: platform.gateway.url, token }));
    await new Promise((r) => setTimeout(r, 3 * 3600_000));
    await platform.stop();
  },
  4 * 3600_000,
);
