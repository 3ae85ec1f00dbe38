/** `--name value`, `--name=value` and boolean `--flag`; unknown names are refused. */
export function parseFlags(
  argv: readonly string[],
  valued: readonly string[],
  booleans: readonly string[],
): Record<string, string | boolean | undefined> {
  const flags: Record<string, string | boolean | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (booleans.includes(name)) flags[name] = true;
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags[name] = value;
    } else throw new Error(`unknown option --${name}`);
  }
  return flags;
}
