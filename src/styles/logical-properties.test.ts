import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * Right to left mirrors the components only if their styles name sides by reading order (start,
 * end) rather than by the screen (left, right). This reads every stylesheet and every component
 * under src/ and fails on a physical left or right, so one cannot come back unnoticed.
 */

const SRC = new URL('../', import.meta.url);

/** A physical left or right kept on purpose, each with its reason. Keyed `file | selector | property`. */
const ALLOWED: Record<string, string> = {
  // An up or down chevron drawn from two borders and rotated: the borders are its shape, not a
  // reading order, and a mirrored one would point sideways.
  "features/agent/components/auto-disabled-banner.css | [data-slot='banner-chevron'] | border-right":
    'a drawn chevron that points up or down',
};

interface Declaration {
  selector: string;
  property: string;
  value: string;
  line: number;
}

/** The declarations of a stylesheet with the selector (or at-rule) of the block that holds each. */
function declarationsOf(css: string): Declaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const declarations: Declaration[] = [];
  const selectors: string[] = [];
  let start = 0;
  let quote: string | null = null;
  let depth = 0;
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const take = (end: number) => {
    const chunk = text.slice(start, end);
    start = end + 1;
    return chunk;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth > 0) continue;
    else if (char === '{') selectors.push(take(index).trim().replace(/\s+/g, ' '));
    else if (char === ';' || char === '}') {
      const chunkStart = start;
      const chunk = take(index);
      const colon = chunk.indexOf(':');
      if (colon > 0 && !chunk.trim().startsWith('@')) {
        const leading = chunk.length - chunk.trimStart().length;
        declarations.push({
          selector: selectors.at(-1) ?? '',
          property: chunk.slice(0, colon).trim().toLowerCase(),
          value: chunk.slice(colon + 1).trim(),
          line: lineAt(chunkStart + leading),
        });
      }
      if (char === '}') selectors.pop();
    }
  }
  return declarations;
}

/** Space-separated parts of a value, keeping `var(...)` and `calc(...)` whole. */
function parts(value: string): string[] {
  const result: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value.replace(/\s*!important$/, '')) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) result.push(current);
      current = '';
    } else current += char;
  }
  if (current) result.push(current);
  return result;
}

/** Shorthands whose four values go top, right, bottom, left. */
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);
const SIDE_KEYWORD_PROPERTIES = new Set([
  'text-align',
  'text-align-last',
  'float',
  'clear',
  'justify-content',
  'justify-items',
  'justify-self',
  'place-items',
  'place-self',
  'place-content',
]);

/** Why a declaration is physical about left and right, or null when it is not. */
function physicalReason({ property, value }: Pick<Declaration, 'property' | 'value'>) {
  if (property.startsWith('--')) return null;
  if (/(^|-)(left|right)(-|$)/.test(property)) return `${property} names a side`;
  if (SIDE_KEYWORD_PROPERTIES.has(property) && /\b(left|right)\b/.test(value)) {
    return `${property}: ${value} names a side`;
  }
  const values = parts(value);
  if (BOX_SHORTHANDS.has(property) && values.length === 4 && values[1] !== values[3]) {
    return `${property} gives left and right different values`;
  }
  if (property === 'border-radius' && !value.includes('/')) {
    // top-left, top-right, bottom-right, bottom-left, from 1 to 4 values.
    const [a, b = a, c = a, d = b] = values;
    if (a !== b || c !== d) return `${property} rounds left and right corners differently`;
  }
  return null;
}

function filesUnder(extension: string): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => file.endsWith(extension))
    .sort();
}

describe('the physical-side check itself', () => {
  it.each([
    ['margin-left', '1rem'],
    ['padding-right', '0'],
    ['border-left', '4px solid red'],
    ['border-right-width', '1px'],
    ['border-top-left-radius', '4px'],
    ['left', '0'],
    ['right', 'var(--inro-space-4)'],
    ['scroll-margin-left', '1rem'],
    ['text-align', 'left'],
    ['text-align', 'right'],
    ['float', 'left'],
    ['clear', 'right'],
    ['justify-self', 'left'],
    ['padding', '0 1rem 0 2rem'],
    ['inset', '0 auto 0 var(--x)'],
    ['border-radius', '4px 0 0 4px'],
    ['border-radius', '4px 0'],
  ])('flags %s: %s', (property, value) => {
    expect(physicalReason({ property, value })).not.toBeNull();
  });

  it.each([
    ['margin-inline-start', '1rem'],
    ['inset-inline-end', '0'],
    ['border-inline-start', '4px solid red'],
    ['border-start-end-radius', '4px'],
    ['text-align', 'start'],
    ['text-align', 'center'],
    ['float', 'inline-start'],
    ['padding', 'var(--a) var(--b) var(--c) var(--b)'],
    ['margin', '0 0 var(--inro-space-2)'],
    ['border-radius', 'var(--inro-radius-sm) var(--inro-radius-sm) 0 0'],
    ['top', '0'],
    ['--inro-left-gap', '1rem'],
  ])('lets %s: %s pass', (property, value) => {
    expect(physicalReason({ property, value })).toBeNull();
  });

  it('reads declarations with their selectors, past comments, strings and at-rules', () => {
    const css = `/* left: 0; */\n@media (max-width: 4rem) {\n  a:hover { content: 'x;y'; left: 0 }\n}\nb { c: d; }`;
    expect(declarationsOf(css)).toEqual([
      { selector: 'a:hover', property: 'content', value: "'x;y'", line: 3 },
      { selector: 'a:hover', property: 'left', value: '0', line: 3 },
      { selector: 'b', property: 'c', value: 'd', line: 5 },
    ]);
  });
});

describe('every stylesheet under src/', () => {
  const files = filesUnder('.css');

  it('is found', () => {
    expect(files).toContain('components/ui/meter.css');
  });

  it.each(files)('%s names sides by start and end, not left and right', (file) => {
    const found = declarationsOf(readFileSync(new URL(file, SRC), 'utf8'))
      .map((declaration) => ({ declaration, reason: physicalReason(declaration) }))
      .filter(
        ({ declaration: { selector, property }, reason }) =>
          reason && !(`${file} | ${selector} | ${property}` in ALLOWED),
      )
      .map(
        ({ declaration, reason }) =>
          `${file}:${declaration.line} ${declaration.selector}: ${reason}`,
      );
    expect(found).toEqual([]);
  });

  it('has no allowance left over for a declaration that is gone', () => {
    const present = new Set(
      files.flatMap((file) =>
        declarationsOf(readFileSync(new URL(file, SRC), 'utf8')).map(
          ({ selector, property }) => `${file} | ${selector} | ${property}`,
        ),
      ),
    );
    expect(Object.keys(ALLOWED).filter((key) => !present.has(key))).toEqual([]);
  });
});

/** React inline styles and HTML attributes that name a side. */
const PHYSICAL_IN_MARKUP = [
  /\b(?:margin|padding|border|scrollMargin|scrollPadding)(?:Left|Right)\b/,
  /\b(?:textAlign|float|clear)\s*:\s*['"](?:left|right)['"]/,
  /\balign=["'](?:left|right)["']/,
];

describe('every component under src/', () => {
  it.each(filesUnder('.tsx'))('%s names sides by start and end in its inline styles', (file) => {
    const found = readFileSync(new URL(file, SRC), 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        PHYSICAL_IN_MARKUP.some((pattern) => pattern.test(line))
          ? [`${file}:${index + 1} ${line.trim()}`]
          : [],
      );
    expect(found).toEqual([]);
  });
});
