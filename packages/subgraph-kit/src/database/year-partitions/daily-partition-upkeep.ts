import type { Logger } from '@civic/runtime';
import type { DataSource } from 'typeorm';
import type { SubgraphDefinition } from '../../server/subgraph-definition';
import { ensureYearPartitions } from './ensure-year-partitions';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A serving subgraph repeats the partition upkeep once a day, so next year's partitions exist before
 * New Year however long it runs between restarts (with MIGRATE_ON_START off too). A failure is
 * logged and tried again the next day; the partitions made a year ahead leave that much time.
 * Nothing to keep (no such tables), no timer.
 */
export function dailyPartitionUpkeep(
  definition: Pick<SubgraphDefinition<unknown>, 'yearPartitionedTables'>,
  dataSource: DataSource,
  yearsPerPartition: number,
  logger: Logger,
): NodeJS.Timeout | undefined {
  const tables = definition.yearPartitionedTables ?? [];
  if (!tables.length) return undefined;
  const timer = setInterval(() => {
    ensureYearPartitions(dataSource, tables, { yearsPerPartition })
      .then((created) => created.length && logger.info(`partitions added: ${created.join(', ')}`))
      .catch((err: unknown) => logger.error({ err }, 'partition upkeep failed; trying again tomorrow'));
  }, DAY_MS);
  timer.unref();
  return timer;
}
