import type { IncomingMessage } from 'node:http';

/** One media range of an Accept header, e.g. `text/*;q=0.8`. */
interface MediaRange {
  type: string;
  subtype: string;
  q: number;
  /** Position in the header. */
  order: number;
}

/** How well a media type is accepted: its quality, how specifically (0 `*∕*`, 1 `type/*`, 2 exact) and where. */
interface Acceptance {
  q: number;
  specificity: number;
  order: number;
}

const GRAPHQL_RESPONSE_TYPES = ['application/json', 'application/graphql-response+json'];

/**
 * Whether a GET asks for a page rather than a GraphQL response: its Accept header ranks text/html
 * above every JSON type GraphQL answers with. The same test Apollo Server makes before it serves a
 * landing page (a browser's address bar says `text/html,…,*∕*;q=0.8`; curl says `*∕*`, which
 * means JSON; a tie goes to JSON).
 */
export function prefersHtml(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  const header = req.headers.accept;
  if (req.method !== 'GET' || !header) return false;
  const ranges = parseAccept(header);
  const html = acceptance('text/html', ranges);
  return html.q > 0 && GRAPHQL_RESPONSE_TYPES.every((type) => ranksBefore(html, acceptance(type, ranges)));
}

function ranksBefore(a: Acceptance, b: Acceptance): boolean {
  if (a.q !== b.q) return a.q > b.q;
  if (a.specificity !== b.specificity) return a.specificity > b.specificity;
  return a.order < b.order;
}

function parseAccept(header: string): MediaRange[] {
  return header.split(',').flatMap((part, order) => {
    const [range, ...params] = part.trim().split(';');
    const [type, subtype] = range.trim().toLowerCase().split('/');
    if (!type || !subtype) return [];
    const qParam = params.map((p) => p.trim().split('=')).find(([name]) => name.trim().toLowerCase() === 'q');
    const q = qParam ? Number(qParam[1]) : 1;
    return [{ type, subtype, q: Number.isFinite(q) ? q : 0, order }];
  });
}

function acceptance(mediaType: string, ranges: MediaRange[]): Acceptance {
  const [type, subtype] = mediaType.split('/');
  let best: Acceptance = { q: 0, specificity: -1, order: Infinity };
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' ? 0 : -1;
    if (specificity > best.specificity) best = { q: range.q, specificity, order: range.order };
  }
  return best;
}
