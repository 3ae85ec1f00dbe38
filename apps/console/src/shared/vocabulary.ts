import { useGraphQLQuery } from '../api/use-graphql';
import { graphql } from '../gql';
import type { ConsoleVocabularyLabelsQuery } from '../gql/graphql';

/** The Chinese labels the API gives its enums (Query.vocabulary): one request, kept for the session. */
const VocabularyLabels = graphql(`
  query ConsoleVocabularyLabels {
    vocabulary {
      id
      eventFormat {
        value
        label
      }
      venueType {
        value
        label
      }
      venueKind {
        value
        label
      }
      orgLevel {
        value
        label
      }
      serviceRecordStatus {
        value
        label
      }
      trainingAudience {
        value
        label
      }
      trainingProgramStatus {
        value
        label
      }
    }
  }
`);

/** The enums whose labels the console reads, e.g. 'eventFormat'. */
export type VocabularyList = Exclude<keyof ConsoleVocabularyLabelsQuery['vocabulary'], 'id' | '__typename'>;
export interface Term {
  value: string;
  label: string;
}

/** The Chinese labels, once read (undefined while loading). */
export function useVocabulary() {
  const query = useGraphQLQuery(VocabularyLabels, {}, { staleTime: Infinity, gcTime: Infinity });
  return { data: query.data?.vocabulary, error: query.error };
}

/** Options of a Select for one enum, in the API's order, labelled in Chinese. */
export function useVocabularyOptions(list: VocabularyList): { value: string; label: string }[] {
  const { data } = useVocabulary();
  return data?.[list] ?? [];
}

/** The Chinese label of an enum value from a list of terms; the value itself when unknown. */
export function labelOf(terms: readonly Term[] | undefined, value: string | null | undefined): string {
  if (!value) return '';
  return terms?.find((t) => t.value === value)?.label ?? value;
}
