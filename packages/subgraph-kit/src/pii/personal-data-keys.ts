import { defineSetting, text } from '@civic/runtime';

export const DEVELOPMENT_PII_ENCRYPTION_KEY = 'dev-pii-encryption-key-change-me';
export const DEVELOPMENT_PII_HASH_KEY = 'dev-pii-hash-key-change-me';

export const PII_ENCRYPTION_KEY = defineSetting({
  name: 'PII_ENCRYPTION_KEY',
  readBy: ['S', 'L'],
  meaning:
    'key (32 bytes base64, or a passphrase) that encrypts resident ID numbers at rest; never change it without re-encrypting. Production: required, at least 16 characters, also for `migrate`/`seed`',
  parser: text,
  fallback: DEVELOPMENT_PII_ENCRYPTION_KEY,
  shownDefault: 'a development key',
});

export const PII_HASH_KEY = defineSetting({
  name: 'PII_HASH_KEY',
  readBy: ['S', 'L'],
  meaning: 'key of the HMAC that makes ID numbers unique without storing them. Production: as `PII_ENCRYPTION_KEY`',
  parser: text,
  fallback: DEVELOPMENT_PII_HASH_KEY,
  shownDefault: 'a development key',
});

export const PERSONAL_DATA_KEY_SETTINGS = {
  piiEncryptionKey: PII_ENCRYPTION_KEY,
  piiHashKey: PII_HASH_KEY,
};

export interface PersonalDataKeys {
  piiEncryptionKey: string;
  piiHashKey: string;
}
