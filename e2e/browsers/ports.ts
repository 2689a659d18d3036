/**
 * Ports of the cross-engine flows, clear of the Playwright suite's (E2E_PORT to E2E_PORT + 60,
 * scripts/e2e-servers.ts), so both can run at once: E2E_PORT (4173 unless set) + 70 serves the
 * demo build, + 80 is WebKitWebDriver's.
 */
export function browsersPorts() {
  const base = Number(process.env.E2E_PORT ?? 4173);
  return { app: base + 70, webDriver: base + 80 };
}
