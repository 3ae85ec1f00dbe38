/** The variables pane's text read as a JSON object: empty text is no variables. */
export type ParsedVariables = { ok: true; value: Record<string, unknown>; text: string | null } | { ok: false };

export function parseVariablesText(text: string): ParsedVariables {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: {}, text: null };
  try {
    const value = JSON.parse(trimmed) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false };
    return { ok: true, value: value as Record<string, unknown>, text: Object.keys(value).length ? trimmed : null };
  } catch {
    return { ok: false };
  }
}

/** Said when the variables pane does not hold a JSON object. */
export const BAD_VARIABLES = '变量不是有效的 JSON 对象，请先在“Variables”栏改正。';
