import type { ValidationOptions } from 'class-validator';
import { declareRule } from './declare-rule';

/**
 * A text whose length, once trimmed, is between `min` and `max` characters: the length the row will
 * have, since mutations store the trimmed text (and a blank optional text as null).
 */
export function TrimmedLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'trimmedLength',
      isValid: (value) => typeof value === 'string' && value.trim().length >= min && value.trim().length <= max,
      message: ({ property }) =>
        min > 0 ? `${property} must be ${min} to ${max} characters` : `${property} must be at most ${max} characters`,
    },
    options,
  );
}
