import { cpSync } from 'node:fs';
import { join } from 'node:path';

/** Run by `npm run build` after tsc: the cookbook is not TypeScript, so this puts it beside the module that reads it. */
cpSync(join(__dirname, '..', '..', 'src', 'explorer', 'cookbook'), join(__dirname, 'cookbook'), { recursive: true });
