/**
 * `npm run bench`: synth time of N constructs against the same N raw L1 resources, plus the cold import cost of each
 * entry point against its engine alone. Each construct runs in its own child process, so peak RSS is its own.
 * Prints a table and writes bench/results.json.
 */
import { execFileSync, spawnSync } from 'child_process';
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
/** The private-access-check and private-access-map commands on 10,000 resources, in a CI job: "a few seconds" at most. */
const CHECKER_RESOURCES = 10_000;
const CHECKER_TARGET_MS = 5000;

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
  return median(times);
}

/** The middle of `times`, rounded to a millisecond. */
function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}

interface CommandCost { input: string; count: number; medianMs: number }

/**
 * Runs the package's `command` with `--format json` on each input, written to a temporary folder, in a fresh process
 * `RUNS` times (startup included, as CI runs it); `count` reads what it reported from its output.
 */
function commandCosts(command: string, expectedStatus: number, inputs: Array<[string, string]>, count: (output: any) => number): CommandCost[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pac-bench-${command}-`));
  try {
    return inputs.map(([name, content]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const times: number[] = [];
      let found = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', command), '--format', 'json', file], { encoding: 'utf-8', maxBuffer: 2 ** 28 });
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (result.status !== expectedStatus) throw new Error(`${command} exited ${result.status} on ${name}: ${result.stderr}`);
        found = count(JSON.parse(result.stdout));
      }
      return { input: name, count: found, medianMs: median(times) };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

interface CheckerResult { input: string; resources: number; findings: number; medianMs: number }

/**
 * The command as CI runs it (a fresh `node` process per run, startup included) on a Terraform configuration in JSON
 * and in HCL, and on a YAML template, of 10,000 resources each, one in ten breaking a rule.
 */
function checkerCosts(): CheckerResult[] {
  const terraform: Record<string, unknown> = {};
  const hcl: string[] = [];
  const yaml: string[] = ['Resources:'];
  for (let i = 0; i < CHECKER_RESOURCES; i++) {
    const bad = i % 10 === 0;
    terraform[`endpoint_${i}`] = { service_id: 'svc', vpc_id: 'vpc', whitelist: [bad ? '10.0.0.1/8' : '10.0.0.0/8'], tags: { team: 'data' } };
    hcl.push(`resource "huaweicloud_vpcep_endpoint" "endpoint_${i}" {`, '  service_id = huaweicloud_vpcep_service.svc.id', '  vpc_id     = var.vpc_id',
      `  whitelist  = ["${bad ? '10.0.0.1/8' : '10.0.0.0/8'}"]`, '  tags = {', '    team = "data"', '  }', '}', '');
    yaml.push(`  Endpoint${i}:`, '    Type: AWS::Redshift::EndpointAccess', '    Properties:', '      ClusterIdentifier: analytics',
      `      EndpointName: ${bad ? 'Bad_Name' : `endpoint-${i}`}`, '      SubnetGroupName: !Ref Subnets', '      VpcSecurityGroupIds: [!GetAtt Sg.GroupId]');
  }
  const inputs: Array<[string, string]> = [
    ['cdk.tf.json', JSON.stringify({ resource: { huaweicloud_vpcep_endpoint: terraform } }, undefined, 2)],
    ['main.tf', hcl.join('\n')],
    ['endpoints.template.yaml', yaml.join('\n')],
  ];
  return commandCosts('private-access-check', 1, inputs, output => output.findings.length)
    .map(({ input, count, medianMs }) => ({ input, resources: CHECKER_RESOURCES, findings: count, medianMs }));
}

interface MapResult { input: string; resources: number; edges: number; medianMs: number }

/**
 * `private-access-map --format json` as CI runs it (a fresh process per run) on 10,000 resources: a Terraform JSON
 * configuration of endpoints whose whitelists name two networks each, and a YAML template of snapshot shares with two
 * accounts each. Every resource gives access: the shares map to 20,000 edges, the endpoints to 30,000, as a whitelist
 * without `enable_whitelist` is not enforced and lets any address in too.
 */
function mapCosts(): MapResult[] {
  const terraform: Record<string, unknown> = {};
  const yaml: string[] = ['Resources:'];
  for (let i = 0; i < CHECKER_RESOURCES; i++) {
    terraform[`endpoint_${i}`] = { service_id: 'svc', vpc_id: 'vpc', whitelist: [`10.${i % 256}.0.0/16`, '192.168.0.0/24'] };
    yaml.push(`  Share${i}:`, '    Type: Custom::RedshiftSnapshotShare', '    Properties:', '      SnapshotClusterIdentifier: analytics',
      `      SnapshotIdentifier: snapshot-${i}`, `      Accounts: ['${String(100000000000 + i)}', !Ref Partner]`);
  }
  const inputs: Array<[string, string]> = [
    ['cdk.tf.json', JSON.stringify({ resource: { huaweicloud_vpcep_endpoint: terraform } }, undefined, 2)],
    ['shares.template.yaml', yaml.join('\n')],
  ];
  return commandCosts('private-access-map', 0, inputs, output => output.edges.length)
    .map(({ input, count, medianMs }) => ({ input, resources: CHECKER_RESOURCES, edges: count, medianMs }));
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
  const checker = checkerCosts();
  const accessMap = mapCosts();

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
  process.stdout.write('\n');
  printTable(['private-access-check input', 'resources', 'findings', 'median ms (new process)', 'target'],
    checker.map(c => [c.input, String(c.resources), String(c.findings), String(c.medianMs), c.medianMs <= CHECKER_TARGET_MS ? 'ok' : 'MISSED']));
  process.stdout.write('\n');
  printTable(['private-access-map input', 'resources', 'edges', 'median ms (new process)', 'target'],
    accessMap.map(m => [m.input, String(m.resources), String(m.edges), String(m.medianMs), m.medianMs <= CHECKER_TARGET_MS ? 'ok' : 'MISSED']));
  for (const r of results) for (const p of r.problems) process.stdout.write(`problem: ${r.name}: ${p}\n`);

  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const targets = {
    ratio: RATIO_TARGET, growth: GROWTH_TARGET, importExtraMs: IMPORT_TARGET_MS, checkerMs: CHECKER_TARGET_MS, accessMapMs: CHECKER_TARGET_MS,
  };
  const report = { date: new Date().toISOString(), machine, n: N, runs: RUNS, targets, results, imports, checker, accessMap };
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
