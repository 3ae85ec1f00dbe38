import type { ValidationOptions } from 'class-validator';
import { parseResidentId } from '../pii/resident-id';
import { declareRule } from './declare-rule';

/** What is wrong with a resident ID number, in `parseResidentId`'s words (which never repeat the number); null when nothing is. */
function residentIdProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'idNumber must be a string';
  try {
    parseResidentId(value);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** An 18-character resident ID number (GB 11643): length, date of birth and check digit; the 15-digit legacy form is refused. */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return declareRule(
    {
      name: 'residentId',
      isValid: (value) => residentIdProblem(value) === null,
      message: ({ value }) => residentIdProblem(value) ?? '',
    },
    options,
  );
}
