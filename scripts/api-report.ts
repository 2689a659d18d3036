/**
 * The public types of the package, one API Extractor report per entry in api-report/ (committed).
 *
 *   node scripts/api-report.ts            check: fails when an entry's surface differs from its
 *                                         report, and prints the difference
 *   node scripts/api-report.ts --update   accept the change: rewrite the reports (npm run api:update)
 *
 * Reads the built declarations in dist-lib/ (`npm run build:lib` first; the package step of
 * `npm test` packs, which builds them). The entries are the `types` of package.json's `exports`,
 * so a new entry there (e.g. `./server`) gets a report of its own with no change here: its first
 * `--update` writes api-report/server.api.md. The reports keep API Extractor's layout: Prettier
 * leaves their code alone (api-report/.prettierrc.json), or every check would see a change.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CompilerState,
  Extractor,
  ExtractorConfig,
  ExtractorLogLevel,
  type IConfigFile,
} from '@microsoft/api-extractor';

const root = join(import.meta.dirname, '..');
const packageJsonPath = join(root, 'package.json');

type ExportsTarget = string | { [condition: string]: ExportsTarget };

/** The declaration files of package.json's `exports`: every `types` condition, however nested. */
export function entryDeclarations(): string[] {
  const { exports } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as {
    exports: ExportsTarget;
  };
  const found = new Set<string>();
  const visit = (target: ExportsTarget) => {
    if (typeof target === 'string') return;
    for (const [condition, inner] of Object.entries(target)) {
      if (condition === 'types' && typeof inner === 'string') found.add(join(root, inner));
      else visit(inner);
    }
  };
  visit(exports);
  return [...found];
}

function entryConfig(declarations: string, entries: string[]): ExtractorConfig {
  const configObject: IConfigFile = {
    projectFolder: root,
    mainEntryPointFilePath: declarations,
    compiler: {
      // The declarations as a host's compiler reads them; none of our src/ settings (paths, jsx).
      overrideTsconfig: {
        compilerOptions: {
          strict: true,
          target: 'ES2023',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          types: [],
          skipLibCheck: true,
        },
        files: entries,
      },
    },
    apiReport: {
      enabled: true,
      reportFileName: basename(declarations, '.d.ts'),
      reportFolder: join(root, 'api-report'),
      reportTempFolder: join(root, 'reports', 'api-report'),
      // Part of the surface too: `Credits` is `v.InferOutput<typeof creditsSchema>`.
      includeForgottenExports: true,
    },
    newlineKind: 'lf',
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      extractorMessageReporting: {
        default: { logLevel: ExtractorLogLevel.Warning },
        // A type the surface uses that no entry exports: its declaration is in the report
        // (includeForgottenExports), and this note would add its line in dist-lib to it.
        'ae-forgotten-export': { logLevel: ExtractorLogLevel.None },
        // Everything a package entry exports is public: we tag no @public/@beta.
        'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
        'ae-undocumented': { logLevel: ExtractorLogLevel.None },
      },
      // Our doc comments are prose for editors, not TSDoc; the report is about the types.
      tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
    },
  };
  return ExtractorConfig.prepare({
    configObject,
    configObjectFullPath: undefined,
    packageJsonFullPath: packageJsonPath,
  });
}

/**
 * Writes each entry's report to reports/api-report/ and compares it with api-report/ (whitespace
 * aside); `update` copies a changed one over. Returns the number of entries that failed.
 */
export function checkApiReports({ update = false } = {}): number {
  const entries = entryDeclarations();
  const missing = entries.filter((declarations) => !existsSync(declarations));
  if (missing.length) {
    console.error(
      `No ${missing.map((path) => relative(root, path)).join(', ')}: run \`npm run build:lib\` first.`,
    );
    return missing.length;
  }
  const configs = entries.map((declarations) => entryConfig(declarations, entries));
  // One TypeScript program for every entry: they share most of their declarations.
  const compilerState = CompilerState.create(configs[0]!);
  let failed = 0;
  for (const config of configs) {
    const result = Extractor.invoke(config, {
      localBuild: update,
      compilerState,
      printApiReportDiff: !update,
      messageCallback: (message) => {
        // Its banner ("Analysis will use the bundled TypeScript version …") on every entry.
        if (message.logLevel === ExtractorLogLevel.Info) message.handled = true;
      },
    });
    const name = basename(config.mainEntryPointFilePath);
    if (!result.succeeded) {
      failed++;
      console.error(
        `API report of ${name}: ${result.errorCount} error(s), ${result.warningCount} warning(s).` +
          (result.apiReportChanged
            ? ' The public types changed: if that is intended, run `npm run api:update` and commit api-report/.'
            : ''),
      );
    } else if (result.apiReportChanged) console.log(`API report of ${name}: updated.`);
    else console.log(`API report of ${name}: unchanged.`);
  }
  return failed;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { update: { type: 'boolean', default: false } } });
  process.exitCode = checkApiReports(values) ? 1 : 0;
}
