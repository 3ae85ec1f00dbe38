import { cpSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Run by `npm run build` after tsc: the explorer's script, style and cookbook are not TypeScript,
 * so tsc leaves them out of dist; this puts them beside the compiled files that read them.
 */
const source = join(__dirname, '..', '..', 'src', 'explorer');
for (const folder of ['public', 'cookbook']) {
  cpSync(join(source, folder), join(__dirname, folder), { recursive: true });
}
