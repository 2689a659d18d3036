/**
 * What a host pays for the package (issue 14), gzipped, beside react-dom and the anchors' figures.
 * Each measure is a production build of a tiny host entry, made by a host's bundler from the
 * packed tarball installed in examples/host (never src/). react, react-dom and the JSX runtime stay
 * external: the host has them anyway. The package's own dependencies (valibot, radix-ui, zustand,
 * @tanstack/react-virtual, idb) and @tanstack/react-query are bundled in: a host that adopts the
 * package pays for them, unless it already uses them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { hostIsPrepared } from '../host-example.ts';
import { type ChunkSize, measureManifest, sizeOf } from './size.ts';

const hostDir = join(import.meta.dirname, '..', '..', 'examples', 'host');

export interface Anchor {
  name: string;
  /** Its gzip cost as a multiple of react-dom's. */
  ratio: number;
  /** The package's measure it compares with. */
  comparesWith: 'gauge' | 'hooks';
}

/** Issue 14's anchors, in gzip bytes × react-dom, and the measure each compares with. */
const ANCHORS: Anchor[] = [
  { name: 'Stigg usage widget', ratio: 6.6, comparesWith: 'gauge' },
  { name: 'Schematic metered features', ratio: 3.2, comparesWith: 'gauge' },
  { name: 'autumn-js hooks', ratio: 1.18, comparesWith: 'hooks' },
];

export interface GzipCost {
  chunks: ChunkSize[];
  bytes: number;
  gzip: number;
  /** gzip ÷ react-dom's gzip. */
  ratio: number;
}

/** A host entry's first JavaScript (the entry and its static imports) and the rest of its chunks. */
export interface EntryCost {
  first: GzipCost;
  lazy: GzipCost;
}

export interface PackageSize {
  /** react-dom/client with react external: react-dom's own weight, the yardstick. */
  reactDom: GzipCost;
  /** `export * from 'inro-ai-credits'`: everything in the public entry. */
  full: EntryCost;
  /** `CreditsProvider` + `CreditsGauge`: a host that only wants the sidebar gauge. */
  gauge: EntryCost;
  /** `CreditsProvider` + `useCredits`: the closest to autumn-js hooks. */
  hooks: EntryCost;
  /** `inro-ai-credits/styles.css`, minified by the host's build. */
  css: GzipCost;
  anchors: Anchor[];
}

const ENTRY = '\0package-size-entry.js';

/** `yardstick`: react-dom's gzip bytes (none: this is react-dom). */
function cost(outDir: string, files: string[], yardstick?: number): GzipCost {
  const chunks = files.map((file) => sizeOf(outDir, file));
  const gzip = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  return {
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzip,
    ratio: yardstick ? gzip / yardstick : 1,
  };
}

/** Builds `code` as a host's production entry into `outDir` and weighs what it wrote. */
async function measureEntry(
  outDir: string,
  code: string,
  { external, yardstick }: { external: RegExp; yardstick?: number },
): Promise<EntryCost & { css: GzipCost }> {
  await build({
    root: hostDir,
    mode: 'production',
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    plugins: [
      {
        name: 'package-size-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
        load: (id) => (id === ENTRY ? code : undefined),
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      sourcemap: false,
      // An app build drops an entry's exports: here they are what the host imports.
      rolldownOptions: { input: ENTRY, external, preserveEntrySignatures: 'exports-only' },
    },
  });
  const first = measureManifest(outDir).initial.files;
  const written = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  const lazy = written.filter((file) => file.endsWith('.js') && !first.includes(file));
  const css = written.filter((file) => file.endsWith('.css'));
  return {
    first: cost(outDir, first, yardstick),
    lazy: cost(outDir, lazy, yardstick),
    css: cost(outDir, css, yardstick),
  };
}

/** The host has these: react, react-dom and their subpaths (the JSX runtime, the client). */
const hostHas = /^react(-dom)?(\/|$)/;

/** Builds into `outDir`/{react-dom,full,gauge,hooks}; needs the package in examples/host. */
export async function measurePackageSize(outDir: string): Promise<PackageSize> {
  if (!hostIsPrepared())
    throw new Error('No package in examples/host: run `node scripts/host-example.ts prepare`.');

  const { first: reactDom } = await measureEntry(
    join(outDir, 'react-dom'),
    "import { createRoot } from 'react-dom/client';\nexport { createRoot };\n",
    { external: /^react$/ },
  );
  const options = { external: hostHas, yardstick: reactDom.gzip };
  const { css, ...full } = await measureEntry(
    join(outDir, 'full'),
    "import 'inro-ai-credits/styles.css';\nexport * from 'inro-ai-credits';\n",
    options,
  );
  const only = async (name: string, imports: string) => {
    const { first, lazy } = await measureEntry(
      join(outDir, name),
      `export { ${imports} } from 'inro-ai-credits';\n`,
      options,
    );
    return { first, lazy };
  };
  return {
    reactDom,
    full,
    gauge: await only('gauge', 'CreditsProvider, CreditsGauge'),
    hooks: await only('hooks', 'CreditsProvider, useCredits'),
    css,
    anchors: ANCHORS,
  };
}
