import { z } from 'zod';

/** How a setting's text becomes its value: a zod schema, and what a value must be when the schema refuses it. */
export interface ValueParser<T> {
  /** Completes "NAME …" in the start-up error, e.g. "must be an integer". */
  readonly expected: string;
  readonly schema: z.ZodType<T>;
}

export function valueParser<T>(expected: string, schema: z.ZodType<T>): ValueParser<T> {
  return { expected, schema };
}

const TRUE_WORDS = ['1', 'true', 'yes', 'on'] as const;
const FALSE_WORDS = ['0', 'false', 'no', 'off'] as const;

/** Any text (a URL, a path, a secret). */
export const text = valueParser('must be text', z.string());

export const integer = valueParser('must be an integer', z.coerce.number().int());

export const positiveInteger = valueParser('must be a positive integer', z.coerce.number().int().min(1));

export const nonNegativeInteger = valueParser('must be an integer, 0 or more', z.coerce.number().int().min(0));

/** A TCP port; 0 lets the system pick a free one. */
export const portNumber = valueParser('must be a port number (0 to 65535)', z.coerce.number().int().min(0).max(65535));

/** Yes/no: 1/true/yes/on or 0/false/no/off, in any case. */
export const yesNo = valueParser(
  'must be true or false',
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum([...TRUE_WORDS, ...FALSE_WORDS]))
    .transform((word) => (TRUE_WORDS as readonly string[]).includes(word)),
);

export function oneOf<const T extends readonly [string, ...string[]]>(values: T): ValueParser<T[number]> {
  return valueParser(`must be one of ${values.join(', ')}`, z.enum(values));
}

/** One PostgreSQL URL. */
export const postgresUrl = valueParser(
  'must be a postgres:// URL',
  z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//),
);

/** PostgreSQL URLs separated by commas (blank parts ignored); empty text is no URL. */
export const postgresUrlList = valueParser(
  'must be postgres:// URLs separated by commas',
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//))),
);
