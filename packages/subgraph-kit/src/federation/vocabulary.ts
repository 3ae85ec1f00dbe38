import { chineseLabelOf } from '@civic/runtime';
import { isEnumType, type GraphQLSchema } from 'graphql';

/** One value of an enum as people read it. */
interface VocabularyTerm {
  value: string;
  label: string;
  description: string | null;
}

const VOCABULARY_ID = 'zh-CN';

/**
 * The Chinese labels of every enum a subgraph declares, as a `Vocabulary` entity: one field per
 * enum (`EventFormat` → `eventFormat`), each value with its label from its description
 * (火塘夜话). Every subgraph contributes its own enums to the one entity and can answer
 * `Query.vocabulary`, so `{ vocabulary { eventFormat { value label } orgLevel { … } } }` reads the
 * labels of the whole platform and frontends stop hard-coding them.
 */
export function vocabularyOf(schema: GraphQLSchema): { sdl: string; resolvers: Record<string, Record<string, unknown>> } | null {
  const enums = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !type.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (enums.length === 0) return null;

  const vocabulary: Record<string, unknown> = { id: VOCABULARY_ID };
  const fields: string[] = [];
  for (const type of enums) {
    const field = type.name.charAt(0).toLowerCase() + type.name.slice(1);
    vocabulary[field] = type.getValues().map((value): VocabularyTerm => ({
      value: value.name,
      label: chineseLabelOf(value.description) ?? value.name,
      description: value.description ?? null,
    }));
    fields.push(
      `  ${JSON.stringify(`The values of ${type.name} with their Chinese labels: ${type.description ?? ''}`)}\n  ${field}: [VocabularyTerm!]! @shareable`,
    );
  }

  const sdl = `
"The Chinese labels of every enum value of the API, one field per enum: what a frontend shows instead of the codes (词汇表)."
type Vocabulary @key(fields: "id") {
  "Always zh-CN (语言)."
  id: ID!
${fields.join('\n')}
}

"One enum value and how people read it (枚举值)."
type VocabularyTerm @shareable {
  "The value as the API takes and gives it, e.g. FIRESIDE_CHAT (代码)."
  value: String!
  "Its Chinese label, e.g. 火塘夜话 (名称)."
  label: String!
  "What it means (说明)."
  description: String
}

extend type Query {
  "The Chinese labels of every enum value of the API (词汇表)."
  vocabulary: Vocabulary! @shareable
}`;
  return {
    sdl,
    resolvers: {
      Query: { vocabulary: () => vocabulary },
      Vocabulary: { __resolveReference: () => vocabulary },
    },
  };
}
