import { cpSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Run by `npm run build` after both tsc passes (the browser script compiles into dist/explorer/public):
 * the explorer's style and cookbook are not TypeScript, so this puts them beside the files that read them.
 */
const source = join(__dirname, '..', '..', 'src', 'explorer');
for (const folder of ['public', 'cookbook']) {
  cpSync(join(source, folder), join(__dirname, folder), { recursive: true });
}
