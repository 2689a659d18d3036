/**
 * Work per spend: which components React renders in the whole app when one credit is spent
 * elsewhere (the live event updates the cache). Uses a profiling build and a stand-in for the
 * React DevTools hook that, after each commit, walks the fibers that were worked on and lists the
 * components that rendered, the same test React DevTools uses ("performed work").
 */
import type { Browser } from 'playwright';
import { api } from './server.ts';

const HOOK = `(() => {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  const commits = [];
  const nameOf = (fiber) => {
    const type = fiber.type && (fiber.type.type || fiber.type.render || fiber.type);
    return (type && (type.displayName || type.name)) || 'Anonymous';
  };
  // Each rendered component with whether it sits inside the gauge (under CreditsGauge).
  const walk = (next, prev, out, inGauge) => {
    const isComponent = COMPONENT_TAGS.has(next.tag);
    const inside = inGauge || (isComponent && nameOf(next) === 'CreditsGauge');
    if (isComponent && (!prev || (next.flags & PERFORMED_WORK) === PERFORMED_WORK)) out.push({ name: nameOf(next), inGauge: inside });
    // A subtree React did not visit keeps the same child: nothing under it rendered.
    if (prev && next.child === prev.child) return;
    for (let child = next.child; child; child = child.sibling) walk(child, child.alternate, out, inside);
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const rendered = [];
      walk(root.current, root.current.alternate, rendered, false);
      commits.push(rendered);
    },
  };
  window.__commits = commits;
})();`;

export interface RenderResult {
  /** Components rendered in all commits caused by one spend, with how many times. */
  components: Record<string, number>;
  /** Those of them outside the gauge's subtree: should be none. */
  outsideGauge: string[];
  total: number;
  commits: number;
}

export async function measureRendersPerSpend(
  browser: Browser,
  base: string,
): Promise<RenderResult> {
  await api(base, 'POST', '/api/qa/scenario', { name: 'onboarded' });
  const context = await browser.newContext();
  await context.addInitScript(HOOK);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const meter = page.getByRole('meter', { name: 'Free AI credits' });
  await meter.waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { __commits: unknown[] }).__commits.length = 0));
  await api(base, 'POST', '/api/ai-actions', {
    kind: 'dm_reply',
    idempotencyKey: `renders-${Date.now()}`,
  });
  await page.waitForFunction(
    () => document.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') === '99',
  );
  await page.waitForTimeout(500);
  type Rendered = { name: string; inGauge: boolean };
  const commits = await page.evaluate(
    () => (window as unknown as { __commits: Rendered[][] }).__commits,
  );
  await context.close();
  const rendered = commits.flat();
  const components: Record<string, number> = {};
  for (const { name } of rendered) components[name] = (components[name] ?? 0) + 1;
  const outsideGauge = [...new Set(rendered.filter((r) => !r.inGauge).map((r) => r.name))];
  return { components, outsideGauge, total: rendered.length, commits: commits.length };
}
