import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * How a validated class reaches the resolver: as one named argument (an input type), or spread
 * over the field's arguments (an args type, whose properties are the arguments themselves).
 */
export type ArgumentShape = { kind: 'input'; name: string } | { kind: 'args' };

const shapes = new Map<unknown, ArgumentShape | null>();

/** Looked up once per class: every resolver call with arguments asks. */
export function argumentShape(type: unknown): ArgumentShape | null {
  if (!shapes.has(type)) shapes.set(type, shapeOf(type));
  return shapes.get(type)!;
}

function shapeOf(type: unknown): ArgumentShape | null {
  const metadata = getMetadataStorage();
  const input = metadata.inputTypes.find((t) => t.target === type);
  if (input) return { kind: 'input', name: input.name };
  return metadata.argumentTypes.some((t) => t.target === type) ? { kind: 'args' } : null;
}

/**
 * The name of the field's argument of input type `inputTypeName`. type-graphql hands a validator the
 * argument's value and type but not its name; the field's definition in the schema has it.
 */
export function argumentNamed(inputTypeName: string, info: GraphQLResolveInfo): string | undefined {
  const field = info.parentType.getFields()[info.fieldName];
  return field?.args.find((arg) => getNamedType(arg.type).name === inputTypeName)?.name;
}
