/**
 * `npm run bench`: synth time of N constructs against the same N raw L1 resources, plus the cold import cost of each
 * entry point against its engine alone. Each construct runs in its own child process, so peak RSS is its own.
 * Prints a table and writes bench/results.json.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CaseResult } from './harness';

const ROOT = path.resolve(__dirname, '..');
const N = Number(process.env.BENCH_N ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RATIO_TARGET = 1.15;
const GROWTH_TARGET = 1.3;
const IMPORT_TARGET_MS = 100;

/**
 * The cases run as plain JavaScript, as a user's `node app.js` would: compiled here without source maps, because a
 * TypeScript loader's source-map support makes every stack trace (cdktf captures one per token) many times dearer.
 */
function compileCases(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pac-bench-build-'));
  // The share handler is a Lambda asset no module imports, so it is named here to land beside its provider.
  const handler = path.join(ROOT, 'lib', 'aws', 'private', 'handlers', 'snapshot-share', 'index.ts');
  // Strict, as the library is compiled: the props' shape declarations are typed by strict null checks.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), path.join(__dirname, 'case.ts'), handler,
    '--outDir', outDir, '--rootDir', ROOT, '--module', 'commonjs', '--target', 'ES2022', '--esModuleInterop',
    '--skipLibCheck', '--strict', '--experimentalDecorators', '--types', 'node'], { cwd: ROOT, stdio: 'inherit' });
  return path.join(outDir, 'bench', 'case.js');
}

function runCase(caseScript: string, args: string[]): string {
  return execFileSync(process.execPath, ['--expose-gc', caseScript, ...args], {
    // The build lives outside the checkout: resolve packages from its node_modules.
    cwd: ROOT,
    encoding: 'utf-8',
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, CHECKPOINT_DISABLE: '1', NODE_PATH: path.join(ROOT, 'node_modules') },
  });
}

function runCaseInChild(caseScript: string, name: string): CaseResult {
  const out = runCase(caseScript, [name, String(N), String(RUNS)]);
  return JSON.parse(out.trim().split('\n').pop()!);
}

function medianImportMs(script: string, runs = 5): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const ns = execFileSync(process.execPath, ['-e', `const t=process.hrtime.bigint();${script};process.stdout.write(String(process.hrtime.bigint()-t))`], {
      cwd: ROOT, encoding: 'utf-8',
    });
    times.push(Number(ns) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)]);
}

interface ImportResult { entry: string; engine: string; entryMs: number; engineMs: number; extraMs: number }

function importCosts(): ImportResult[] {
  const entries: Array<[string, string, string]> = [
    ["require('./lib').huaweicloud.VpcepEndpoint", 'cdktf', "require('cdktf')"],
    ["require('./lib').opentelekomcloud.VpcepEndpoint", 'cdktf', "require('cdktf')"],
    ["require('./lib').alicloud.PrivateLinkEndpoint", 'cdktf', "require('cdktf')"],
    ["require('./lib/huaweicloud').VpcepEndpoint", 'cdktf', "require('cdktf')"],
    ["require('./lib').aws.RedshiftManagedEndpoint", 'aws-cdk-lib', "require('aws-cdk-lib');require('aws-cdk-lib/aws-ec2');require('aws-cdk-lib/aws-redshift');require('aws-cdk-lib/aws-iam');require('aws-cdk-lib/aws-kms');require('aws-cdk-lib/aws-lambda');require('aws-cdk-lib/aws-logs')"],
    ["require('./lib/aws').SnapshotShare", 'aws-cdk-lib', "require('aws-cdk-lib');require('aws-cdk-lib/aws-ec2');require('aws-cdk-lib/aws-redshift');require('aws-cdk-lib/aws-iam');require('aws-cdk-lib/aws-kms');require('aws-cdk-lib/aws-lambda');require('aws-cdk-lib/aws-logs')"],
  ];
  return entries.map(([entry, engine, engineScript]) => {
    const entryMs = medianImportMs(entry);
    const engineMs = medianImportMs(engineScript);
    return { entry, engine, entryMs, engineMs, extraMs: entryMs - engineMs };
  });
}

function main(): void {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'index.js'))) {
    throw new Error('lib/ is not compiled: run `npx projen compile && npx projen post-compile` first');
  }
  const caseScript = compileCases();
  const results: CaseResult[] = [];
  for (const name of runCase(caseScript, ['--list']).trim().split('\n')) {
    process.stderr.write(`bench: ${name} (N=${N}, ${RUNS} runs)...\n`);
    results.push(runCaseInChild(caseScript, name));
  }
  fs.rmSync(path.dirname(path.dirname(caseScript)), { recursive: true, force: true });
  const imports = importCosts();

  const rows = results.map(r => [
    r.name, r.l2MedianMs.toFixed(0), r.l1MedianMs.toFixed(0), r.ratio.toFixed(3), r.l1WrappedMedianMs.toFixed(0), r.ratioToWrapped.toFixed(3),
    r.l2MsPerInstanceAt100.toFixed(3), r.l2MsPerInstanceAtN.toFixed(3), r.growth.toFixed(2), r.peakRssMiB.toFixed(0),
    r.ratio <= RATIO_TARGET && r.growth <= GROWTH_TARGET && r.problems.length === 0 ? 'ok' : 'MISSED',
  ]);
  const header = ['construct', `L2 ms (N=${N})`, 'L1 ms', 'L2/L1', 'wrapped L1 ms', 'L2/wrapped', 'ms/inst @100', `ms/inst @${N}`, 'growth', 'peak RSS MiB', 'target'];
  printTable(header, rows);
  process.stdout.write('\n');
  const importRows = imports.map(i => [
    i.entry, i.engine, String(i.entryMs), String(i.engineMs), String(i.extraMs), i.extraMs <= IMPORT_TARGET_MS ? 'ok' : 'MISSED',
  ]);
  printTable(['entry', 'engine', 'entry ms', 'engine alone ms', 'extra ms', 'target'], importRows);
  for (const r of results) for (const p of r.problems) process.stdout.write(`problem: ${r.name}: ${p}\n`);

  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const targets = { ratio: RATIO_TARGET, growth: GROWTH_TARGET, importExtraMs: IMPORT_TARGET_MS };
  const report = { date: new Date().toISOString(), machine, n: N, runs: RUNS, targets, results, imports };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results.json (${machine.cpus} × ${machine.cpuModel}, Node ${machine.node})\n`);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  process.stdout.write(`${line(header)}\n${widths.map(w => '-'.repeat(w)).join('-|-')}\n`);
  rows.forEach(r => process.stdout.write(`${line(r)}\n`));
}

main();
