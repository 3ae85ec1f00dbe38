import type { TestRunOptions } from './test-run';
import { startTestRun } from './test-run';

/** The jest project config's part this setup reads: `globals.civicTestRun` (see jest.preset.js). */
interface ProjectConfig {
  rootDir: string;
  globals?: { civicTestRun?: TestRunOptions };
}

/** jest globalSetup: the test run's database (see startTestRun), seeded as the project's jest config asks. */
export default async function globalSetup(_globalConfig: unknown, projectConfig: ProjectConfig): Promise<void> {
  await startTestRun({ rootDir: projectConfig.rootDir, ...projectConfig.globals?.civicTestRun });
}
