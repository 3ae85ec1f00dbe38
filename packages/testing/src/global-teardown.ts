import { finishTestRun } from './test-run';

export default finishTestRun;
