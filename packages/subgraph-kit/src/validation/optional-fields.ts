import { ValidateIf } from 'class-validator';

/**
 * For the fields of an update: omitted (undefined) skips the field's rules, null does not (and
 * fails a rule that needs a value). Where null may clear the field, use `IsOptional` instead.
 */
export const ValidateIfGiven = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** An optional text: null, omitted and blank all mean "none" (mutations store a blank text as null), so the field's rules check only real text. */
export const IsOptionalText = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === ''));
