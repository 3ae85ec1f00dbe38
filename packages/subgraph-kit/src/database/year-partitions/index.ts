export * from './year-partitioned-table';
export * from './partition-by-year';
export * from './ensure-year-partitions';
