import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { declareRule } from './declare-rule';

type Moment = string | Date;

/** Days (YYYY-MM-DD) compare as text, instants by their time. */
const comparable = (moment: Moment): string | number => (moment instanceof Date ? moment.getTime() : moment);
type Order = (end: string | number, start: string | number) => boolean;

/**
 * Whether the end `value` and the start held by `startProperty` stand in `order`. A range with an
 * end not given is open, and passes.
 */
function inOrder(value: unknown, args: ValidationArguments, startProperty: string, order: Order): boolean {
  const start = (args.object as Record<string, Moment | null | undefined>)[startProperty];
  return start == null || value == null || order(comparable(value as Moment), comparable(start));
}

/** The end of a range of days or instants: not before the start named by `startProperty`. */
export function NotBefore(startProperty: string, options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'notBefore',
      isValid: (value, args) => inOrder(value, args, startProperty, (end, start) => end >= start),
      message: ({ property }) => `${property} must not be before ${startProperty}`,
    },
    options,
  );
}

/** The end of a span of time: strictly after the start named by `startProperty`. */
export function After(startProperty: string, options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'after',
      isValid: (value, args) => inOrder(value, args, startProperty, (end, start) => end > start),
      message: ({ property }) => `${property} must be after ${startProperty}`,
    },
    options,
  );
}
