import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UNIT_TREE } from '../src';

const ROOT = join(__dirname, '..', '..', '..');
/** Where the view's readers live: they take its name (and the SQL that reads it) from this package. */
const READER_FOLDERS = [...subfolders('packages', ['src', 'test']), ...subfolders('apps', ['src', 'test'])];
const THIS_PACKAGE = join(ROOT, 'packages', 'org-tree');

function subfolders(parent: string, names: string[]): string[] {
  return readdirSync(join(ROOT, parent)).flatMap((pkg) => names.map((name) => join(ROOT, parent, pkg, name)));
}

function typeScriptFiles(folder: string): string[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : typeScriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Released migrations keep their literal SQL: they are immutable. */
const isMigration = (path: string) => path.split('/').includes('migrations');

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

it(`leaves the name ${UNIT_TREE} to @civic/org-tree: no reader outside it writes the name`, () => {
  const name = new RegExp(`\\b${UNIT_TREE.replace('.', '\\.')}\\b`);
  const writers = READER_FOLDERS.filter((folder) => !folder.startsWith(THIS_PACKAGE))
    .flatMap(typeScriptFiles)
    .filter((path) => !isMigration(path) && name.test(withoutComments(readFileSync(path, 'utf8'))))
    .map((path) => relative(ROOT, path));
  expect(writers).toEqual([]);
});
