import { orgSubgraph } from '@civic/org';
import { createScratchDatabase, functionsInDatabase, functionsInSqlFiles, startSubgraphHarness } from '@civic/testing';
import { campaignsSubgraph } from '../src';

describe('SQL definitions (sql/*.sql)', () => {
  const inFiles = functionsInSqlFiles(campaignsSubgraph.sqlDirectory!);

  it('define the roll-up trigger functions and their rebuild', () => {
    expect([...inFiles.keys()].sort()).toEqual([
      'campaigns.rebuild_unit_event_rollups',
      'campaigns.roll_up_unit_campaign_events',
      'campaigns.roll_up_unit_events',
    ]);
  });

  it('are what the database runs once the subgraph has started on an empty database', async () => {
    const url = await createScratchDatabase({ empty: true });
    const h = await startSubgraphHarness([orgSubgraph, campaignsSubgraph], { databaseUrl: url, seed: false });
    try {
      expect(await functionsInDatabase(url, [...inFiles.keys()])).toEqual(inFiles);
    } finally {
      await h.stop();
    }
  });
});
