import type { ValidationOptions } from 'class-validator';
import { chinaToday } from '../shared-types/china-date';
import { declareRule } from './declare-rule';

/** A day (YYYY-MM-DD, compared with today in China) or an instant that has already come. */
export function NotInFuture(options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'notInFuture',
      isValid: (value) => (value instanceof Date ? value.getTime() <= Date.now() : typeof value === 'string' && value <= chinaToday()),
      message: ({ property }) => `${property} must not be in the future`,
    },
    options,
  );
}
