import type { FormInstance } from 'antd';
import { ApiError, describeError } from '../../api/api-error';
import { chineseFieldMessage, type FieldLabels } from './chinese-error-messages';

export interface FormErrorPlacement {
  /** Errors for fields the form shows, in Chinese: `form.setFields` takes them as they are. */
  fields: { name: string; errors: string[] }[];
  /** What is left for the whole form (an error naming no field of it), in Chinese; null when nothing. */
  formMessage: string | null;
  /** The record was changed since it was read (a stale expectedVersion): offer to reload. */
  staleVersion: { currentVersion?: number } | null;
}

/**
 * Where each part of an API error belongs on a form: next to the field it names (`input.endedAt` →
 * the 结束时间 field), the rest above the buttons; a CONFLICT on a version says so.
 */
export function placeApiError(
  error: unknown,
  formFields: readonly string[],
  labels: FieldLabels = {},
  inputArgument = 'input',
): FormErrorPlacement {
  if (!(error instanceof ApiError)) return { fields: [], formMessage: describeError(error), staleVersion: null };
  const byField = error.fieldErrors(inputArgument);
  const fields = Object.entries(byField)
    .filter(([name]) => formFields.includes(name))
    .map(([name, message]) => ({ name, errors: [chineseFieldMessage(message, labels)] }));
  const placed = new Set(fields.map((f) => f.name));
  const unplaced = error.errors.filter((e) => {
    const argument = e.extensions?.argument;
    if (!argument) return true;
    const field = argument.startsWith(`${inputArgument}.`) ? argument.slice(inputArgument.length + 1) : argument;
    return !placed.has(field);
  });
  const conflict = error.errors.find((e) => e.extensions?.code === 'CONFLICT' && e.extensions.currentVersion !== undefined);
  return {
    fields,
    formMessage: unplaced.length > 0 ? describeUnplaced(error, unplaced, labels) : null,
    staleVersion: conflict ? { currentVersion: conflict.extensions?.currentVersion } : null,
  };
}

function describeUnplaced(error: ApiError, unplaced: ApiError['errors'], labels: FieldLabels): string {
  if (unplaced.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
    return unplaced.map((e) => chineseFieldMessage(e.message, labels)).join('；');
  }
  return describeError(new ApiError(unplaced, error.status));
}

/** Shows an API error on an antd form; returns what belongs above the buttons. */
export function showApiErrorOnForm(
  form: FormInstance,
  error: unknown,
  labels: FieldLabels = {},
  inputArgument = 'input',
): Omit<FormErrorPlacement, 'fields'> {
  const formFields = Object.keys(form.getFieldsValue(true) as Record<string, unknown>);
  const placement = placeApiError(error, [...new Set([...formFields, ...Object.keys(labels)])], labels, inputArgument);
  form.setFields(placement.fields);
  return { formMessage: placement.formMessage, staleVersion: placement.staleVersion };
}
