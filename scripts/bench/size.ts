/**
 * What the browser downloads before the app can start, gzipped: the entry chunk and everything it
 * imports statically (lazy routes and the mock are counted apart). Shared by `npm run bench`
 * and the size budgets that `npm test` enforces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';

const root = join(import.meta.dirname, '..', '..');

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BuildSizes {
  /** The entry and its static imports: the first JavaScript. */
  initial: { files: string[]; gzip: number; bytes: number };
  /** Chunks loaded later, by the name of the module that starts them (routes, the mock). */
  lazy: Record<string, ChunkSize>;
}

function sizeOf(dir: string, file: string): ChunkSize {
  const content = readFileSync(join(dir, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Builds `mode` of the project (or another root) into `outDir` and measures it from the manifest. */
export async function buildAndMeasure({
  outDir,
  mode = 'production',
  projectRoot = root,
  configFile,
}: {
  outDir: string;
  mode?: string;
  projectRoot?: string;
  configFile?: string | false;
}): Promise<BuildSizes> {
  await build({
    root: projectRoot,
    mode,
    configFile: configFile ?? join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
  });
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;

  const initialFiles = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (initialFiles.has(chunk.file)) return;
    initialFiles.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);

  const lazy: Record<string, ChunkSize> = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isDynamicEntry && chunk.file.endsWith('.js') && !initialFiles.has(chunk.file)) {
      lazy[key.replace(/^src\//, '')] = sizeOf(outDir, chunk.file);
    }
  }
  const sizes = [...initialFiles].filter((f) => f.endsWith('.js')).map((f) => sizeOf(outDir, f));
  return {
    initial: {
      files: sizes.map((s) => s.file),
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    },
    lazy,
  };
}

export async function measureAll(outRoot: string) {
  const [app, demo, baseline] = [
    await buildAndMeasure({ outDir: join(outRoot, 'app') }),
    await buildAndMeasure({ outDir: join(outRoot, 'demo'), mode: 'demo' }),
    await buildAndMeasure({
      outDir: join(outRoot, 'baseline'),
      projectRoot: join(import.meta.dirname, 'baseline'),
    }),
  ];
  return { app, demo, baseline, ratio: app.initial.gzip / baseline.initial.gzip };
}

/**
 * The budgets `npm test` holds the builds to (gzipped bytes). They sit just above today's sizes so
 * that a change that bloats the app fails CI; issue 6's target for the first JavaScript (1.5x
 * react + react-dom) is tighter and is reported by the bench, with how far off it is and why.
 */
export const SIZE_BUDGETS = {
  initialGzip: 125 * 1024,
  initialRatio: 1.85,
  routeGzip: 35 * 1024,
  mockGzip: 165 * 1024,
};

export interface BudgetLine {
  what: string;
  actual: number;
  budget: number;
  ok: boolean;
}

export function checkBudgets(sizes: Awaited<ReturnType<typeof measureAll>>): BudgetLine[] {
  const line = (what: string, actual: number, budget: number) => ({
    what,
    actual,
    budget,
    ok: actual <= budget,
  });
  const lines = [
    line('first JavaScript (gzip bytes)', sizes.app.initial.gzip, SIZE_BUDGETS.initialGzip),
    line(
      'first JavaScript / react + react-dom',
      Number(sizes.ratio.toFixed(3)),
      SIZE_BUDGETS.initialRatio,
    ),
  ];
  for (const [name, chunk] of Object.entries(sizes.app.lazy))
    lines.push(line(`route ${name} (gzip bytes)`, chunk.gzip, SIZE_BUDGETS.routeGzip));
  for (const [name, chunk] of Object.entries(sizes.demo.lazy)) {
    if (name.startsWith('mocks/'))
      lines.push(line(`demo ${name} (gzip bytes)`, chunk.gzip, SIZE_BUDGETS.mockGzip));
  }
  return lines;
}
