/**
 * Ports of the cross-engine flows, beside the Playwright suite's: E2E_PORT (4173 unless set) + 30
 * serves the demo build, + 50 is WebKitWebDriver's.
 */
export function browsersPorts() {
  const base = Number(process.env.E2E_PORT ?? 4173);
  return { app: base + 30, webDriver: base + 50 };
}
