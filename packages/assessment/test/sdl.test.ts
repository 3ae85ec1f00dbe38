import { join } from 'node:path';
import { emittedAndCommittedSdl } from '@civic/testing';

describe('the assessment SDL', () => {
  it('is committed as the built subgraph emits it (run `npm run build && npm run sdl` when this fails)', () => {
    const { emitted, committed } = emittedAndCommittedSdl(join(__dirname, '..'));
    expect(emitted).toBe(committed);
  });
});
