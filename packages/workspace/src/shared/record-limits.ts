/** How long the texts of saved records may be, in UTF-8 bytes (the migration's CHECKs hold the same). */
export const MAX_DEFINITION_BYTES = 64 * 1024;
export const MAX_QUERY_BYTES = 100 * 1024;
export const MAX_VARIABLES_BYTES = 64 * 1024;
export const MAX_NAME_LENGTH = 60;
export const MAX_DESCRIPTION_LENGTH = 500;
