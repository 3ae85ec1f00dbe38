import type { ValueTransformer } from 'typeorm';

/** Postgres `numeric` arrives as a string (exact decimals); hours and coordinates are used as JS numbers. */
export const NUMERIC_TRANSFORMER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
