import { registerDecorator, type ValidationArguments } from 'class-validator';
import { Kind, parse } from 'graphql';

/** Describes why a text breaks a rule, or null when it keeps it. */
type TextCheck = (text: string, property: string) => string | null;

/** A property decorator from a check of a text; anything but a text breaks it (combine with `IsOptional` where null clears the field). */
function textRule(name: string, check: TextCheck): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => typeof value === 'string' && check(value, args!.property) === null,
        defaultMessage: (args?: ValidationArguments) =>
          typeof args?.value === 'string' ? check(args.value, args.property)! : `${args?.property} must be a text`,
      },
    });
}

function tooLong(text: string, property: string, maxBytes: number): string | null {
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > maxBytes ? `${property} must be at most ${maxBytes / 1024} KB (UTF-8), got ${bytes} bytes` : null;
}

/** A text that parses as JSON to an object (`{ … }`, not an array or a value), at most `maxBytes` long in UTF-8. */
export const JsonObjectText = (maxBytes: number): PropertyDecorator =>
  textRule('jsonObjectText', (text, property) => {
    const size = tooLong(text, property, maxBytes);
    if (size) return size;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return `${property} is not valid JSON: ${(err as Error).message}`;
    }
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? null : `${property} must be a JSON object ({ … })`;
  });

/** A text that parses as a GraphQL document of operations and fragments (what a client can send), at most `maxBytes` long in UTF-8. */
export const GraphQLOperationText = (maxBytes: number): PropertyDecorator =>
  textRule('graphqlOperationText', (text, property) => {
    const size = tooLong(text, property, maxBytes);
    if (size) return size;
    try {
      const document = parse(text, { noLocation: true });
      const kinds = document.definitions.map((d) => d.kind);
      if (!kinds.includes(Kind.OPERATION_DEFINITION)) return `${property} must hold an operation (query, mutation or subscription)`;
      const other = kinds.find((k) => k !== Kind.OPERATION_DEFINITION && k !== Kind.FRAGMENT_DEFINITION);
      return other ? `${property} may hold only operations and fragments, not a ${other}` : null;
    } catch (err) {
      return `${property} is not a GraphQL document: ${(err as Error).message}`;
    }
  });
