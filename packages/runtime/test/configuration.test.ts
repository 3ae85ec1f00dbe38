import {
  combineConfigurations,
  ConfigurationError,
  defineConfiguration,
  defineSetting,
  integer,
  oneOf,
  positiveInteger,
  readSetting,
  text,
  yesNo,
} from '../src';

const FLAG = defineSetting({ name: 'CIVIC_TEST_FLAG', readBy: ['T'], meaning: 'a yes/no', parser: yesNo, fallback: true });
const OPTIONAL_FLAG = defineSetting({ name: 'CIVIC_TEST_FLAG', readBy: ['T'], meaning: 'a yes/no', parser: yesNo });
const COUNT = defineSetting({ name: 'CIVIC_TEST_COUNT', readBy: ['T'], meaning: 'a count', parser: integer, fallback: 7 });
const SIZE = defineSetting({ name: 'CIVIC_TEST_SIZE', readBy: ['T'], meaning: 'a size', parser: positiveInteger, fallback: 1 });
const MODE = defineSetting({
  name: 'CIVIC_TEST_MODE',
  readBy: ['T'],
  meaning: 'a mode',
  parser: oneOf(['fast', 'slow']),
  fallback: 'fast',
});
const NOTE = defineSetting({ name: 'CIVIC_TEST_NOTE', readBy: ['T'], meaning: 'a note', parser: text });

describe('settings', () => {
  it('read yes/no words either way, in any case and with spaces, and fall back when unset or empty', () => {
    for (const [raw, value] of [
      ['true', true],
      ['YES', true],
      ['1', true],
      [' on ', true],
      ['false', false],
      ['No', false],
      ['0', false],
      ['off', false],
    ] as const) {
      expect(readSetting(FLAG, { CIVIC_TEST_FLAG: raw })).toBe(value);
    }
    expect(readSetting(FLAG, { CIVIC_TEST_FLAG: '' })).toBe(true);
    expect(readSetting(FLAG, {})).toBe(true);
    expect(readSetting(OPTIONAL_FLAG, {})).toBeUndefined();
  });

  it('refuse a yes/no setting they cannot read instead of taking it as false', () => {
    expect(() => readSetting(FLAG, { CIVIC_TEST_FLAG: 'maybe' })).toThrow('CIVIC_TEST_FLAG must be true or false, got "maybe"');
  });

  it('refuse an integer setting that is not one', () => {
    expect(readSetting(COUNT, { CIVIC_TEST_COUNT: '12' })).toBe(12);
    expect(() => readSetting(COUNT, { CIVIC_TEST_COUNT: '1.5' })).toThrow('CIVIC_TEST_COUNT must be an integer, got "1.5"');
    expect(() => readSetting(SIZE, { CIVIC_TEST_SIZE: '0' })).toThrow('CIVIC_TEST_SIZE must be a positive integer, got "0"');
  });

  it('show their default as the README does: the fallback, or unset', () => {
    expect([FLAG.shownDefault, COUNT.shownDefault, MODE.shownDefault, NOTE.shownDefault]).toEqual(['`true`', '`7`', '`fast`', 'unset']);
  });
});

describe('a configuration', () => {
  const configuration = defineConfiguration({ count: COUNT, limits: defineConfiguration({ size: SIZE, mode: MODE }), note: NOTE });

  it('reads typed values in the shape it is defined in, with fallbacks', () => {
    expect(configuration.load({ CIVIC_TEST_SIZE: '3', CIVIC_TEST_NOTE: 'hello' })).toEqual({
      count: 7,
      limits: { size: 3, mode: 'fast' },
      note: 'hello',
    });
    expect(configuration.settings.map((s) => s.name)).toEqual([
      'CIVIC_TEST_COUNT',
      'CIVIC_TEST_SIZE',
      'CIVIC_TEST_MODE',
      'CIVIC_TEST_NOTE',
    ]);
  });

  it('names every bad setting in one error, and the problems its checks find', () => {
    const env = { CIVIC_TEST_COUNT: 'many', CIVIC_TEST_SIZE: '2', CIVIC_TEST_MODE: 'sideways' };
    const noted = (values: { note?: string }) => (values.note ? [] : ['CIVIC_TEST_NOTE must be set']);
    let error: unknown;
    try {
      configuration.load(env, noted);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toEqual([
      'CIVIC_TEST_COUNT must be an integer, got "many"',
      'CIVIC_TEST_MODE must be one of fast, slow, got "sideways"',
      'CIVIC_TEST_NOTE must be set',
    ]);
    expect((error as Error).message).toBe((error as ConfigurationError).problems.join('; '));
  });

  it('reads with another as one: values side by side, problems of both', () => {
    const both = combineConfigurations(configuration, defineConfiguration({ flag: FLAG }));
    expect(both.load({ CIVIC_TEST_FLAG: 'off' })).toMatchObject({ count: 7, flag: false });
    expect(both.read({ CIVIC_TEST_FLAG: '?', CIVIC_TEST_COUNT: '?' }).problems).toHaveLength(2);
    expect(both.settings).toHaveLength(5);
  });
});
