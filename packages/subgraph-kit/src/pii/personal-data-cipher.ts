import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { readSetting } from '@civic/runtime';
import { PII_ENCRYPTION_KEY, PII_HASH_KEY, type PersonalDataKeys } from './personal-data-keys';

const VERSION = 'v1';

/**
 * Encrypts personal data at rest (AES-256-GCM, key from PII_ENCRYPTION_KEY) and makes keyed hashes
 * (HMAC-SHA256, key from PII_HASH_KEY) so uniqueness can be enforced without storing the value.
 */
export class PersonalDataCipher {
  private readonly key: Buffer;
  private readonly hashKey: Buffer;

  constructor(encryptionKey = readSetting(PII_ENCRYPTION_KEY), hashKey = readSetting(PII_HASH_KEY)) {
    this.key = deriveKey(encryptionKey);
    this.hashKey = deriveKey(hashKey);
  }

  /** "v1:" + base64(iv | tag | ciphertext); a fresh IV each time. */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(sealed: string): string {
    const [version, payload] = sealed.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown personal data cipher format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  hash(plain: string): string {
    return createHmac('sha256', this.hashKey).update(plain).digest('hex');
  }
}

/** A 32-byte key given as base64 is used as is; any other string is stretched with SHA-256. */
function deriveKey(value: string): Buffer {
  const decoded = Buffer.from(value, 'base64');
  return decoded.length === 32 ? decoded : createHash('sha256').update(value).digest();
}

let processCipher: PersonalDataCipher | undefined;

/** Keys the process-wide cipher with the keys its subgraph read at start. */
export function usePersonalDataKeys(keys: PersonalDataKeys): void {
  processCipher = new PersonalDataCipher(keys.piiEncryptionKey, keys.piiHashKey);
}

/** The process-wide cipher: keyed at start, or from the environment on first use where nothing started it (tests). */
export function personalDataCipher(): PersonalDataCipher {
  processCipher ??= new PersonalDataCipher();
  return processCipher;
}
