// Lighthouse benchmark (not a test): mobile settings (Lighthouse's default form factor and
// throttling) against the start page and a list page of a running build, e.g. `./lotse run` or
// `vite preview` with the API behind it.
//
//   npm run bench:lighthouse [-- <base URL>]       default http://localhost:14173 (or LOTSE_LIGHTHOUSE_URL)
//   LOTSE_LIGHTHOUSE_RUNS=3 npm run bench:lighthouse   median of three runs per page
//   LOTSE_LIGHTHOUSE_PAGES=/,/newcomers ...            other pages
//
// Chromium: CHROME_PATH (default /usr/bin/chromium). The JSON reports go to target/lighthouse/.
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const base = (process.argv[2] ?? process.env.LOTSE_LIGHTHOUSE_URL ?? 'http://localhost:14173').replace(/\/+$/, '');
const pages = (process.env.LOTSE_LIGHTHOUSE_PAGES ?? '/,/projects').split(',').map((page) => page.trim());
const runs = Math.max(1, Number(process.env.LOTSE_LIGHTHOUSE_RUNS ?? 1));
const chromePath = process.env.CHROME_PATH ?? process.env.LOTSE_CHROMIUM ?? '/usr/bin/chromium';
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const lighthouse = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));
const reports = fileURLToPath(new URL('../target/lighthouse/', import.meta.url));
await mkdir(reports, { recursive: true });

try {
  const response = await fetch(base);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
} catch (error) {
  console.error(`${base} does not answer (${error.message}). Start the app first (./lotse run, or vite preview with the API).`);
  process.exit(2);
}

/** One Lighthouse run of one page; the parsed JSON report. */
async function audit(path, index) {
  const name = `${path === '/' ? 'start' : path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${index + 1}`;
  const output = `${reports}${name}.json`;
  await run(
    lighthouse,
    [
      `${base}${path}`,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  return { ...JSON.parse(await readFile(output, 'utf8')), file: output };
}

const score = (report, category) => Math.round((report.categories[category]?.score ?? 0) * 100);
const metric = (report, id) => report.audits[id]?.numericValue ?? NaN;

const rows = [];
for (const path of pages) {
  const results = [];
  for (let index = 0; index < runs; index += 1) results.push(await audit(path, index));
  // The run with the median performance score stands for the page.
  results.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const report = results[Math.floor(results.length / 2)];
  rows.push({ path, report });
}

const header = ['page', 'performance', 'accessibility', 'best-practices', 'CLS', 'TBT', 'LCP', 'FCP'];
const table = rows.map(({ path, report }) => [
  path,
  String(score(report, 'performance')),
  String(score(report, 'accessibility')),
  String(score(report, 'best-practices')),
  metric(report, 'cumulative-layout-shift').toFixed(3),
  `${Math.round(metric(report, 'total-blocking-time'))} ms`,
  `${(metric(report, 'largest-contentful-paint') / 1000).toFixed(2)} s`,
  `${(metric(report, 'first-contentful-paint') / 1000).toFixed(2)} s`,
]);
const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column].length)));
const format = (row) =>
  `| ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.log(
  `\nLighthouse ${rows[0].report.lighthouseVersion}, mobile (${rows[0].report.configSettings.formFactor}, ` +
    `${rows[0].report.configSettings.throttlingMethod} throttling), ${base}, ${runs === 1 ? 'one run' : `median of ${runs} runs`} per page\n`,
);
console.log(format(header));
console.log(
  `|${widths.map((width, column) => (column === 0 ? ':' : '-').padEnd(width + 1, '-') + (column === 0 ? '-' : ':')).join('|')}|`,
);
for (const row of table) console.log(format(row));

// What keeps a score from its target: the failing audits of that category.
const targets = { performance: 90, accessibility: 100, 'best-practices': 100 };
for (const { path, report } of rows) {
  for (const [category, target] of Object.entries(targets)) {
    if (score(report, category) >= target) continue;
    const failing = report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 || category !== 'performance')
      .map((ref) => report.audits[ref.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'informative',
      );
    console.log(`\n${path}: ${category} ${score(report, category)} < ${target}`);
    for (const a of failing) console.log(`  - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  }
}
console.log(`\nReports: ${reports}`);
