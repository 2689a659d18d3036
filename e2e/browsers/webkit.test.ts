import { runFlowsIn } from './run-flows.ts';

runFlowsIn('webkit');
