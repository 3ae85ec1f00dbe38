/** Mutations store texts trimmed, and a blank optional text as null. */
export const trimmed = (text: string): string => text.trim();
export const optionalText = (text: string | null | undefined): string | null => text?.trim() || null;
