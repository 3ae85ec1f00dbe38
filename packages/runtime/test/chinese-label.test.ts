import { chineseLabelOf } from '../src/labels/chinese-label';

describe('chineseLabelOf', () => {
  it('reads the Chinese term a description ends with', () => {
    expect(chineseLabelOf('A fireside chat round the hearth at night (火塘夜话).')).toBe('火塘夜话');
    expect(chineseLabelOf('Title, e.g. 红军巧渡金沙江（火塘夜话） (活动主题).')).toBe('活动主题');
  });

  it('takes the last Chinese group, and its first part when a gloss follows', () => {
    expect(chineseLabelOf('Into military camps (进军营), one of the red-film "seven intos".')).toBe('进军营');
    expect(chineseLabelOf('A named sub-action of a campaign (子行动, 十大行动之一).')).toBe('子行动');
    expect(chineseLabelOf('SELF or SUBTREE (default SUBTREE) (统计范围).')).toBe('统计范围');
  });

  it('has no label for a description without a Chinese term', () => {
    expect(chineseLabelOf('Only descendants of this tier.')).toBeUndefined();
    expect(chineseLabelOf(undefined)).toBeUndefined();
  });
});
