/**
 * `npm run size`: builds the app (real-API and demo) and the react-only baseline, and fails when
 * a size budget is exceeded. Part of `npm test`.
 */
import { join } from 'node:path';
import { checkBudgets, measureAll } from './bench/size.ts';

const lines = checkBudgets(await measureAll(join(import.meta.dirname, '..', 'dist-size')));
for (const { what, actual, budget, ok } of lines) {
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${what}: ${actual.toLocaleString('en')} (budget ${budget.toLocaleString('en')})`,
  );
}
const over = lines.filter((line) => !line.ok);
if (over.length) {
  console.error(
    `\n${over.length} size budget(s) exceeded. See scripts/bench/size.ts for why each budget is what it is.`,
  );
  process.exitCode = 1;
}
