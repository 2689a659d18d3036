import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh module each time: it reads the time zone once per page. */
async function load() {
  vi.resetModules();
  return (await import('./get-usage')).localTimeZone;
}

describe('localTimeZone', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('asks Temporal where there is one, and never builds an Intl date formatter', async () => {
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => 'Asia/Tokyo' } });
    const formatter = vi.spyOn(Intl, 'DateTimeFormat');
    const localTimeZone = await load();
    expect(localTimeZone()).toBe('Asia/Tokyo');
    expect(formatter).not.toHaveBeenCalled();
  });

  it('asks Intl where there is no Temporal, and gets the same zone', async () => {
    vi.stubGlobal('Temporal', undefined);
    const localTimeZone = await load();
    expect(localTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
