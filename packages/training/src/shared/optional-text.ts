import { badUserInput } from '@civic/runtime';

/** A trimmed optional text input: blank is null, longer than `max` is the caller's mistake (naming the field). */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() || null;
  if (text && text.length > max) throw badUserInput(`${field} must be at most ${max} characters`);
  return text;
}
