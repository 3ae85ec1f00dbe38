import { boolFromEnv, intFromEnv, optionalBoolFromEnv } from '../src/config/env';

const NAME = 'CIVIC_TEST_SETTING';

describe('settings read from the environment', () => {
  afterEach(() => delete process.env[NAME]);

  it('reads yes/no words either way and falls back when unset or empty', () => {
    for (const [raw, value] of [['true', true], ['YES', true], ['1', true], [' on ', true], ['false', false], ['No', false], ['0', false], ['off', false]] as const) {
      process.env[NAME] = raw;
      expect(boolFromEnv(NAME, !value)).toBe(value);
    }
    process.env[NAME] = '';
    expect(boolFromEnv(NAME, true)).toBe(true);
    delete process.env[NAME];
    expect(boolFromEnv(NAME, false)).toBe(false);
    expect(optionalBoolFromEnv(NAME)).toBeUndefined();
  });

  it('refuses a yes/no setting it cannot read instead of taking it as false', () => {
    process.env[NAME] = 'maybe';
    expect(() => boolFromEnv(NAME, true)).toThrow(`${NAME} must be true or false, got "maybe"`);
    expect(() => optionalBoolFromEnv(NAME)).toThrow('must be true or false');
  });

  it('refuses an integer setting that is not one', () => {
    process.env[NAME] = '12';
    expect(intFromEnv(NAME, 0)).toBe(12);
    process.env[NAME] = '1.5';
    expect(() => intFromEnv(NAME, 0)).toThrow(`${NAME} must be an integer, got "1.5"`);
  });
});
