import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../subgraphs';

/** One operation the workbench (the console's explorer) offers ready to run, with variables that work on the demo data. */
export interface ExampleOperation {
  id: string;
  group: 'cookbook' | 'contract';
  title: string;
  /** The title in Chinese, as the workbench lists it: a cookbook title's parenthesised term, or the contract operation's name in Chinese. */
  chineseTitle: string;
  description: string;
  query: string;
  /** JSON text for the variables editor. */
  variables: string;
}

/** The analysts' cookbook, beside this file (copied next to the build by `npm run build`). */
export const COOKBOOK_DIR = join(__dirname, 'cookbook');

/** The client operations of the public contract, vendored into the repository. */
export const CONTRACT_OPERATIONS_DIR = join(REPO_ROOT, 'docs', 'contract', 'operations');

/** Variables for the contract operations (their files are vendored as they are): ids in the demo data. */
const CONTRACT_VARIABLES: Record<string, Record<string, unknown>> = {
  'org-dashboard': { code: '513426-ZX' },
  'volunteer-profile': { id: '1' },
  'campaign-view': { id: '1', first: 20 },
  'training-program': { id: '1' },
  'service-order-flow': { input: { title: '老人助餐（示例）', orgUnitId: '1' }, id: '1', teamId: '1', rating: 5 },
};

/** Chinese names of the contract operations (their files are vendored as they are, with English comments). */
const CONTRACT_TITLES: Record<string, string> = {
  'campaign-view': '活动看板',
  'org-dashboard': '阵地首页',
  'service-order-flow': '群众点单、派单、接单、评单',
  'training-program': '培训项目页',
  'volunteer-profile': '志愿者主页',
};

const HAN = /\p{Script=Han}/u;
const PARENTHESISED = /[(（]([^()（）]+)[)）]\s*$/;

const VARIABLES_LINE = /^#\s*variables:\s*(.*)$/;

/** The cookbook first (what analysts came for), then the contract operations. */
export function loadExampleOperations(): ExampleOperation[] {
  return [...readExamples(COOKBOOK_DIR, 'cookbook'), ...readExamples(CONTRACT_OPERATIONS_DIR, 'contract')];
}

function readExamples(dir: string, group: ExampleOperation['group']): ExampleOperation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => parseExample(file.replace(/\.graphql$/, ''), group, readFileSync(join(dir, file), 'utf8')));
}

/** Leading `#` lines: the first is the title, the rest the description; `# variables: {…}` the variables. */
export function parseExample(id: string, group: ExampleOperation['group'], text: string): ExampleOperation {
  const lines = text.split('\n');
  const header: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    header.push(line);
  }
  const variablesLine = header.map((line) => VARIABLES_LINE.exec(line)).find((match) => match !== null);
  const comments = header.filter((line) => !VARIABLES_LINE.test(line)).map((line) => line.replace(/^#\s?/, ''));
  const title = comments[0] ?? id;
  const variables = variablesLine ? (JSON.parse(variablesLine[1]) as Record<string, unknown>) : (CONTRACT_VARIABLES[id] ?? {});
  return {
    id,
    group,
    title,
    chineseTitle: CONTRACT_TITLES[id] ?? chineseTitleOf(title),
    description: comments.slice(1).join(' '),
    query:
      lines
        .filter((line) => !VARIABLES_LINE.test(line))
        .join('\n')
        .trimEnd() + '\n',
    variables: JSON.stringify(variables, null, 2),
  };
}

/** "Top volunteers (志愿者服务时长排行)" → 志愿者服务时长排行; a title without a Chinese term stays as it is. */
export function chineseTitleOf(title: string): string {
  const term = PARENTHESISED.exec(title)?.[1]?.trim();
  return term && HAN.test(term) ? term : title;
}
