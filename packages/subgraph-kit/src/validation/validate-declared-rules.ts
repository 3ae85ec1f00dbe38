import { validate } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badUserInput } from '@civic/runtime';
import { argumentNamed, argumentShape } from './argument-name';
import { firstViolation } from './first-violation';

/**
 * type-graphql's validator for every argument: the class-validator rules declared on input and args
 * classes. The first broken rule becomes BAD_USER_INPUT with its message and, in `argument`, the
 * dotted path of the offending value (`input.hours`), the key hand-written BAD_USER_INPUT errors use
 * too (`argument: 'first'`).
 * Scalars and classes that are neither input nor args types are left to their resolvers.
 */
export const validateDeclaredRules: ValidatorFn = async (value, type, { info }) => {
  if (value === null || typeof value !== 'object') return;
  const shape = argumentShape(type);
  if (!shape) return;
  const root = shape.kind === 'input' ? [argumentNamed(shape.name, info) ?? shape.name] : [];
  const items: [string[], object][] = Array.isArray(value)
    ? value.map((item, i) => [[...root, String(i)], item as object])
    : [[root, value as object]];
  for (const [path, item] of items) {
    if (item === null || typeof item !== 'object') continue;
    const violation = firstViolation(
      await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } }),
    );
    if (violation) throw badUserInput(violation.message, { argument: [...path, ...violation.path].join('.') });
  }
};
