/** Han ideographs, the marks of a Chinese term inside an English description. */
const HAN = /\p{Script=Han}/u;
const PARENTHESISED = /[(（]([^()（）]+)[)）]/g;

/**
 * The Chinese term a schema description carries in parentheses, e.g. "A fireside chat round the
 * hearth at night (火塘夜话)." → 火塘夜话: the last parenthesised group that holds Han characters.
 * Every description on our schema names its Chinese term this way, so enum labels (vocabulary,
 * exports) and spreadsheet headers come from the same text analysts read in the explorer.
 */
export function chineseLabelOf(description: string | null | undefined): string | undefined {
  if (!description) return undefined;
  let label: string | undefined;
  for (const match of description.matchAll(PARENTHESISED)) {
    const inner = match[1].trim();
    // "(子行动, 十大行动之一)": the term is the first part, the rest a gloss.
    if (HAN.test(inner)) label = inner.split(/[,，;；]/)[0].trim();
  }
  return label;
}
