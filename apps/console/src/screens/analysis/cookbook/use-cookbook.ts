import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error';

/** One ready-to-run example, as the gateway serves it (its apps/gateway/src/explorer/cookbook, and the contract's operations). */
export interface CookbookExample {
  id: string;
  group: 'cookbook' | 'contract';
  title: string;
  chineseTitle: string;
  description: string;
  query: string;
  /** JSON text for the variables editor. */
  variables: string;
}

/** Where the gateway serves the cookbook (the URL of the retired explorer's examples). */
export const COOKBOOK_URL = '/explorer/examples.json';

/** The analysts' cookbook and the contract operations, read once per visit. */
export function useCookbook() {
  return useQuery<CookbookExample[], Error>({
    queryKey: ['analysis-cookbook'],
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const response = await fetch(COOKBOOK_URL, { signal });
      if (!response.ok) throw new ApiError([{ message: `HTTP ${response.status}`, extensions: { code: 'NETWORK' } }], response.status);
      return (await response.json()) as CookbookExample[];
    },
  });
}
