/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, not starting or ending with '. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Gives out sheet names that Excel accepts and that differ from all given before (志愿者列表, 志愿者列表 (2), …). */
export class SheetNames {
  private readonly taken = new Set<string>();

  next(label: string): string {
    const base =
      label
        .replace(FORBIDDEN, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = `${[...base].slice(0, MAX_SHEET_NAME - suffix.length).join('')}${suffix}`;
      // Excel compares sheet names without regard to case.
      if (this.taken.has(name.toLowerCase())) continue;
      this.taken.add(name.toLowerCase());
      return name;
    }
  }
}
