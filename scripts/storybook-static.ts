/**
 * `npm run storybook:static [-- --port 6007] [-- --build]`: the built Storybook over http, the way
 * a designer opens it. Over file:// the mock backend's service worker cannot start; over http it
 * does. Builds first when there is no build yet, when the sources are newer than it, or on --build.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'storybook-static');
const builtMarker = join(outDir, 'index.json');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '6007' },
    build: { type: 'boolean', default: false },
  },
});

/** The newest modification time under a folder (what the build is made from). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

function isStale(): boolean {
  if (!existsSync(builtMarker)) return true;
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, '.storybook')));
  return sources > statSync(builtMarker).mtimeMs;
}

if (values.build || isStale()) {
  console.log('Building Storybook into storybook-static/ …');
  const build = spawnSync('storybook', ['build', '--quiet', '-o', outDir], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  let file = join(outDir, relative);
  if (!file.startsWith(outDir + sep) && file !== outDir) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Storybook (static build): http://127.0.0.1:${values.port}`);
});
