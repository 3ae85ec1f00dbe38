/** A trimmed optional text input: blank is null. Its length is a rule declared on the input. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}
