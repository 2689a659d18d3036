import { runFlowsIn } from './run-flows.ts';

runFlowsIn('firefox');
