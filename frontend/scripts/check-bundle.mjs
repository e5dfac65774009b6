// Bundle budget, run after `vite build`: the JavaScript a first visit loads before the app can
// start (the entry script, its modulepreload links and any other script tag of dist/index.html),
// gzipped, must stay within LOTSE_BUNDLE_LIMIT_KB (default 180 KB = 184,320 bytes).
// Prints every JS file with its size; lazy chunks (pages loaded on demand) are listed, not limited.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const limitKb = Number(process.env.LOTSE_BUNDLE_LIMIT_KB ?? 180);
if (!Number.isFinite(limitKb) || limitKb <= 0) {
  console.error(`LOTSE_BUNDLE_LIMIT_KB must be a positive number, not "${process.env.LOTSE_BUNDLE_LIMIT_KB}"`);
  process.exit(2);
}
const limit = limitKb * 1024;

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('dist/index.html not found: run `vite build` first.');
  process.exit(2);
}

/** The value of attribute `name` in one tag's source, or undefined. */
function attribute(tag, name) {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find(Boolean);
}

/** dist-relative path of a same-origin URL from index.html ("/assets/x.js" → "assets/x.js"). */
function local(url) {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // another origin: not ours to measure
  return url.replace(/^\.?\//, '').split(/[?#]/)[0];
}

const initial = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, 'src');
  if (src && local(src)) initial.add(local(src));
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const href = attribute(tag, 'href');
  if (/\bmodulepreload\b/i.test(attribute(tag, 'rel') ?? '') && href && local(href)) initial.add(local(href));
}
if (initial.size === 0) {
  console.error('dist/index.html loads no script: is this a Vite build?');
  process.exit(2);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(dist, join(dir, entry.name))],
  );
}
// The service worker and its Workbox runtime run beside the page, not in it.
const serviceWorker = (file) => file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file);
const allJs = walk(dist).filter((file) => file.endsWith('.js'));
const lazy = allJs.filter((file) => !initial.has(file) && !serviceWorker(file)).sort();

function measure(file) {
  let raw;
  try {
    raw = readFileSync(join(dist, file));
  } catch {
    console.error(`dist/index.html loads ${file}, which is not in dist/.`);
    process.exit(2);
  }
  return { file, bytes: raw.length, gzip: gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const initialRows = [...initial].map(measure).sort((a, b) => b.gzip - a.gzip);
const lazyRows = lazy.map(measure).sort((a, b) => b.gzip - a.gzip);
const total = initialRows.reduce((sum, row) => sum + row.gzip, 0);
const totalRaw = initialRows.reduce((sum, row) => sum + row.bytes, 0);

const width = Math.max(...[...initialRows, ...lazyRows].map((row) => row.file.length), 24);
const line = (label, bytes, gzip) => `  ${label.padEnd(width)}  ${bytes.padStart(11)}  ${gzip.padStart(11)}`;
console.log(`\nJavaScript bundle (gzip level 9)\n`);
console.log(line('initial (loaded by index.html)', 'size', 'gzip'));
for (const row of initialRows) console.log(line(row.file, kb(row.bytes), kb(row.gzip)));
console.log(line('= initial total', kb(totalRaw), kb(total)));
console.log('');
console.log(line(`lazy (${lazyRows.length} chunks, loaded on demand)`, 'size', 'gzip'));
for (const row of lazyRows) console.log(line(row.file, kb(row.bytes), kb(row.gzip)));
console.log('');

const verdict = `initial JS ${kb(total)} gzip (${total} bytes), budget ${kb(limit)} (${limit} bytes)`;
if (total > limit) {
  console.error(`Bundle budget exceeded: ${verdict}.`);
  console.error('Load more on demand (lazyRouteComponent, dynamic import) or drop a dependency.');
  process.exit(1);
}
console.log(`Bundle budget kept: ${verdict}, ${kb(limit - total)} to spare.`);
