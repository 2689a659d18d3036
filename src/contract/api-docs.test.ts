import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from './api-docs';
import { ALL_ROUTES } from './qa';

const DOCS = new URL('../../docs/API.md', import.meta.url);

describe('docs/API.md', () => {
  it('is the rendering of the current contract (run `npm run docs:api` after changing it)', () => {
    const rendered = renderApiDocs();
    if (process.env.WRITE_API_DOCS === '1') writeFileSync(DOCS, rendered);
    expect(readFileSync(DOCS, 'utf8')).toBe(rendered);
  });

  // Read from the committed file, section by section: a route listed without what it answers
  // (a schema missing from the renderer's table) is a gap a backend team would trip over.
  it('says, for every route, what it answers', () => {
    const sections = readFileSync(DOCS, 'utf8').split(/^## /m).slice(1);
    const undocumented = Object.values(ALL_ROUTES)
      .map(({ method, path }) => `\`${method} ${path}\``)
      .filter((heading) => {
        const section = sections.find((text) => text.startsWith(heading));
        return !section || !/^(Response|Each event):$/m.test(section);
      });
    expect(undocumented).toEqual([]);
  });
});
