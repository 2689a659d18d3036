import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from './qa';
import { renderApiDocs } from './api-docs';

const DOCS = new URL('../../docs/API.md', import.meta.url);

describe('docs/API.md', () => {
  it('is the rendering of the current contract (run `npm run docs:api` after changing it)', () => {
    const rendered = renderApiDocs();
    if (process.env.WRITE_API_DOCS === '1') writeFileSync(DOCS, rendered);
    expect(readFileSync(DOCS, 'utf8')).toBe(rendered);
  });

  it('documents every route', () => {
    const docs = renderApiDocs();
    for (const route of Object.values(ALL_ROUTES))
      expect(docs).toContain(`\`${route.method} ${route.path}\``);
  });
});
