import { runFlowsIn } from './run-flows.ts';

runFlowsIn('chromium');
