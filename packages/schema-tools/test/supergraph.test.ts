import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '@civic/gateway/subgraphs';
import { composeSupergraph } from '../src';

describe('committed supergraph', () => {
  it('equals the composition of the committed subgraph SDLs (run `npm run compose` when this fails)', () => {
    expect(composeSupergraph()).toBe(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  });
});
