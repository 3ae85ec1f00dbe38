/** The `expectedVersion` argument of the edits that take no input object (delete, share, unshare). */
export const EXPECTED_VERSION_ARG = {
  description: 'The `version` of the record as you read it; if it has changed since, nothing is changed and CONFLICT comes back (版本号).',
} as const;

/** Said of every edit of a saved record. */
export const STALE = 'CONFLICT (nothing changed, extensions.currentVersion) when expectedVersion is not the current version.';
