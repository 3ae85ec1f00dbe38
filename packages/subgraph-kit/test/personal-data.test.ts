import { maskIdNumber, maskPhone, parseResidentId, PersonalDataCipher, residentIdCheckChar, residentIdFacts } from '../src';

describe('masking (脱敏)', () => {
  it('masks phones as 138****5678 and ID numbers as 5134**********1234', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('513426198506120112')).toBe('5134**********0112');
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('12345')).toBe('*****');
  });
});

describe('resident ID numbers (GB 11643)', () => {
  it('computes the check character, including X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(parseResidentId(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it.each([
    ['11010519491231002', /18 characters/],
    ['110105194912310021', /check digit/],
    ['110105194902300020', /date of birth/],
    ['110105299901010020', /date of birth/],
  ])('refuses %s with BAD_USER_INPUT', (input, message) => {
    expect(() => parseResidentId(input)).toThrow(message);
  });
});

describe('the personal data cipher', () => {
  const cipher = new PersonalDataCipher('test-key', 'test-hash-key');

  it('round-trips, with a fresh IV each time so equal numbers look different at rest', () => {
    const a = cipher.encrypt('513426198506120112');
    const b = cipher.encrypt('513426198506120112');
    expect(a).not.toBe(b);
    expect(cipher.decrypt(a)).toBe('513426198506120112');
  });

  it('detects tampering and a wrong key', () => {
    const sealed = cipher.encrypt('513426198506120112');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
    expect(() => new PersonalDataCipher('other-key', 'test-hash-key').decrypt(sealed)).toThrow();
  });

  it('hashes deterministically under its key only', () => {
    expect(cipher.hash('x')).toBe(cipher.hash('x'));
    expect(cipher.hash('x')).not.toBe(new PersonalDataCipher('test-key', 'other').hash('x'));
  });
});

describe('facts in a resident ID number', () => {
  it('gives birth date and gender, and refuses the 15-digit legacy form clearly', () => {
    expect(residentIdFacts('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: 'FEMALE' });
    expect(residentIdFacts('513426198506120112')).toEqual({ birthDate: '1985-06-12', gender: 'MALE' });
    expect(() => parseResidentId('110105491231002')).toThrow(/15-digit/);
  });
});
