import { parseArgs } from 'node:util';
import { runSchemaCheck } from './schema-check';

/** `npm run schema:check [-- --allow-breaking] [--against <supergraph file>] [--root <checkout>]` */
const { values } = parseArgs({
  options: {
    'allow-breaking': { type: 'boolean', default: false },
    against: { type: 'string' },
    root: { type: 'string' },
  },
});
const result = runSchemaCheck({ allowBreaking: values['allow-breaking'], against: values.against, root: values.root });
for (const line of result.lines) console.log(line);
console.log(result.ok ? 'schema check passed' : 'schema check FAILED');
process.exit(result.ok ? 0 : 1);
