import { registerEnumType } from 'type-graphql';

/** Registers a TypeScript string enum as a GraphQL enum with a description for every value. */
export function describeEnum<E extends Record<string, string>>(
  values: E,
  name: string,
  description: string,
  valueDescriptions: { [K in keyof E]: string },
): E {
  const valuesConfig = Object.fromEntries(Object.entries(valueDescriptions).map(([key, text]) => [key, { description: text }]));
  registerEnumType(values, { name, description, valuesConfig: valuesConfig as never });
  return values;
}
