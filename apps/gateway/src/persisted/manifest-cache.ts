import type { PersistedQueryOptions } from '@apollo/server';
import type { TrustedManifest } from './trusted-manifest';

/**
 * Apollo's persisted-query store, answered from the manifest and never written: in trusted mode
 * a client cannot register a document. Apollo prefixes its keys ("apq:"); the hash follows the
 * last colon.
 */
export function manifestCache(manifest: TrustedManifest): NonNullable<PersistedQueryOptions['cache']> {
  return {
    get: async (key) => manifest.get(key.slice(key.lastIndexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => false,
  };
}
