/**
 * `npm run size`: builds the app (real-API and demo) and the react-only baseline, and fails when
 * a size budget is exceeded. Part of `npm test`.
 * `npm run size -- --why` also writes a treemap of each build (every chunk, every module, gzip
 * sizes) to reports/size/app.html and reports/size/demo.html: open them in a browser.
 */
import { join } from 'node:path';
import { checkBudgets, measureAll } from './bench/size.ts';

const root = join(import.meta.dirname, '..');
const why = process.argv.includes('--why');
const treemaps = why ? join(root, 'reports', 'size') : undefined;
const lines = checkBudgets(await measureAll(join(root, 'dist-size'), { treemaps }));
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
if (treemaps)
  console.log(`\nTreemaps: ${join(treemaps, 'app.html')} and ${join(treemaps, 'demo.html')}`);
