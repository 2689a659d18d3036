import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * The environment for a child process: the project's own tools (and its pinned Node 24) first on
 * PATH, also when a script runs without npm, plus `extra`.
 */
export function toolsEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    ...extra,
  };
}
