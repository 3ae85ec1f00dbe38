import { pinyin } from 'pinyin-pro';

const FIRST_HAN = 0x4e00;
const LAST_HAN = 0x9fff;

/**
 * The toneless pinyin of every common Han character (CJK Unified Ideographs), ü written v as on a
 * keyboard: 会 → hui, 绿 → lv. A polyphonic character gets its most common reading.
 */
export function pinyinSyllables(): [character: string, syllable: string][] {
  const syllables: [string, string][] = [];
  for (let code = FIRST_HAN; code <= LAST_HAN; code += 1) {
    const character = String.fromCodePoint(code);
    const syllable = pinyin(character, { toneType: 'none', v: true });
    if (syllable && syllable !== character) syllables.push([character, syllable]);
  }
  return syllables;
}
