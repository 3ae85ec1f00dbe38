const PARAMETER_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A function call's arguments in named notation (`p_a => $1, p_b => $2`) with their values in the
 * same order, parameters numbered from `firstParam`: the call reads like the function's signature,
 * and PostgreSQL refuses a name the function does not have.
 */
export function namedArguments(values: Record<string, unknown>, firstParam = 1): { sql: string; params: unknown[] } {
  const entries = Object.entries(values);
  for (const [name] of entries) if (!PARAMETER_NAME.test(name)) throw new Error(`"${name}" is not a parameter name`);
  return {
    sql: entries.map(([name], i) => `${name} => $${firstParam + i}`).join(', '),
    params: entries.map(([, value]) => value),
  };
}
