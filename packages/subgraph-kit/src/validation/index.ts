export * from './validate-declared-rules';
export * from './trimmed-length';
export * from './number-range';
export * from './date-order';
export * from './not-in-future';
export * from './phone-number';
export * from './resident-id';
export * from './optional-fields';
