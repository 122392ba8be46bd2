// The one gate: typecheck, lint, format, unit tests, build, bundle budget and
// browser tests. Runs every step (so one failure does not hide another), then
// prints a summary and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const tmp = resolve(root, '.tmp');
mkdirSync(tmp, { recursive: true });

const projects = ['packages/core', 'packages/app', 'packages/server', 'e2e'];
const steps = [
  ...projects.map((project) => ({
    name: `typecheck ${project}`,
    cmd: [bin('tsc'), '-p', project],
  })),
  { name: 'lint', cmd: [bin('eslint'), '--max-warnings=0', '.'] },
  {
    // No import cycle anywhere (dynamic and type-only imports count), core standing alone.
    name: 'import cycles',
    cmd: [
      bin('depcruise'),
      'packages',
      'e2e',
      'bench',
      'scripts',
      '--config',
      '.dependency-cruiser.cjs',
    ],
  },
  { name: 'file lengths', cmd: [process.execPath, 'scripts/file-lengths.mjs'] },
  { name: 'format', cmd: [bin('prettier'), '--check', '--log-level=warn', '.'] },
  {
    name: 'unit tests',
    cmd: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${tmp}/unit.json`,
    ],
    report: `${tmp}/unit.json`,
  },
  { name: 'build', cmd: ['npm', 'run', '--silent', 'build'] },
  { name: 'bundle budget', cmd: [process.execPath, 'scripts/budget.mjs'], needs: 'build' },
  {
    name: 'browser tests',
    cmd: [
      bin('vitest'),
      'run',
      '--config',
      'e2e/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${tmp}/e2e.json`,
    ],
    report: `${tmp}/e2e.json`,
    needs: 'build',
  },
];

const only = process.argv.slice(2);
const results = [];
const failures = [];

// Names each failed test with its file and the first lines of why, so the end of a
// long log (often all that is kept of a CI run) says what to look at.
function failedTests(report, stepName) {
  const out = [];
  for (const file of report.testResults ?? []) {
    const where = file.name ? file.name.replace(`${root}/`, '') : '?';
    const failedInFile = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failedInFile) {
      const why = (test.failureMessages ?? []).join('\n').split('\n').slice(0, 4).join('\n    ');
      out.push(`${stepName}: ${where} › ${test.fullName ?? test.title}\n    ${why}`);
    }
    if (!failedInFile.length && file.status === 'failed') {
      out.push(
        `${stepName}: ${where} (file failed)\n    ${String(file.message ?? '')
          .split('\n')
          .slice(0, 4)
          .join('\n    ')}`,
      );
    }
  }
  return out;
}

for (const step of steps) {
  if (only.length && !only.some((word) => step.name.includes(word))) continue;
  const blocked = step.needs && results.find((r) => r.name === step.needs && !r.ok);
  if (blocked) {
    results.push({
      name: step.name,
      ok: false,
      passed: 0,
      failed: 1,
      note: `not run: ${step.needs} failed`,
    });
    continue;
  }
  console.log(`\n━━ ${step.name}`);
  if (step.report) rmSync(step.report, { force: true });
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let ok = run.status === 0;
  let passed = ok ? 1 : 0;
  let failed = ok ? 0 : 1;
  let note = `${seconds}s`;
  if (step.report) {
    const report = existsSync(step.report) ? JSON.parse(readFileSync(step.report, 'utf8')) : null;
    // A runner that crashed, or ran no test at all, must not look green.
    if (!report || report.numTotalTests === 0) ok = false;
    passed = report?.numPassedTests ?? 0;
    failed = (report?.numFailedTests ?? 0) || (ok ? 0 : 1);
    note += `, ${passed} passed, ${failed} failed`;
    if (report) failures.push(...failedTests(report, step.name));
  }
  results.push({ name: step.name, ok, passed, failed, note });
}

if (failures.length) {
  console.log('\n━━ failed tests');
  for (const f of failures) console.log(`- ${f}`);
}
console.log('\n━━ gate summary');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.note})`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`summary: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
