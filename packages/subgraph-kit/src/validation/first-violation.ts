import type { ValidationError } from 'class-validator';

export interface Violation {
  /** Where, below the argument: property names and list indexes, e.g. ['hours'] or ['items', '0', 'name']. */
  path: string[];
  message: string;
}

/** The first broken rule in class-validator's report (the report nests the errors of nested inputs). */
export function firstViolation(errors: ValidationError[], parents: string[] = []): Violation | null {
  for (const error of errors) {
    const path = [...parents, error.property];
    const [message] = Object.values(error.constraints ?? {});
    if (message !== undefined) return { path, message };
    const nested = firstViolation(error.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}
