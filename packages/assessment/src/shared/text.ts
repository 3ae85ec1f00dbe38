/** Mutations store a blank optional text as null, and other texts trimmed. */
export const optionalText = (text: string | null | undefined): string | null => text?.trim() || null;
