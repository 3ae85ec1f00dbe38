import type { ValidationOptions } from 'class-validator';
import { declareRule } from './declare-rule';

/** A number from `min` up to `max` inclusive; without `max`, `min` or more. */
export function NumberRange(min: number, max?: number, options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'numberRange',
      isValid: (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && (max === undefined || value <= max),
      message: ({ property, value }) =>
        max === undefined
          ? `${property} must be ${min} or more, got ${String(value)}`
          : `${property} must be between ${min} and ${max}, got ${String(value)}`,
    },
    options,
  );
}
