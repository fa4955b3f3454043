/**
 * The release as a consumer sees it. Takes the npm tarball built by `npm run package` (dist/js/*.tgz), checks what it
 * contains, then installs it into two throwaway projects made from examples/ — one with only aws-cdk-lib, one with
 * only cdktf — compiles and runs each example app there, and checks what it synthesized.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const PACKAGE = 'private-access-constructs';
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8'));

interface Consumer {
  readonly name: string;
  readonly example: string;
  readonly engine: Record<string, string>;
  readonly forbidden: string;
  readonly expectOutput: (outdir: string) => string[];
}

function fail(message: string): never {
  process.stderr.write(`consumer-check: ${message}\n`);
  process.exit(1);
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf-8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

function findTarball(): string {
  const dir = path.join(ROOT, 'dist', 'js');
  const tarballs = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.tgz')) : [];
  if (tarballs.length !== 1) fail(`expected one tarball in dist/js, found ${tarballs.length}: run npm run package first`);
  return path.join(dir, tarballs[0]);
}

function checkContents(tarball: string): void {
  const files = run('tar', ['-tzf', tarball], ROOT).split('\n').filter(Boolean).map(f => f.replace(/^package\//, ''));
  const required = ['.jsii', 'README.md', 'API.md', 'LICENSE', 'package.json', 'lib/index.js', 'lib/index.d.ts'];
  const missing = required.filter(f => !files.includes(f));
  const forbidden = files.filter(f => /^(test|examples|schemas|scripts|bench)\//.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)));
  const js = files.filter(f => /^lib\/.*\.js$/.test(f)).length;
  const dts = files.filter(f => /^lib\/.*\.d\.ts$/.test(f)).length;
  if (missing.length) fail(`tarball lacks ${missing.join(', ')}`);
  if (forbidden.length) fail(`tarball must not contain ${forbidden.slice(0, 10).join(', ')}`);
  if (js === 0 || js !== dts) fail(`tarball has ${js} .js and ${dts} .d.ts files under lib/`);
  const size = fs.statSync(tarball).size;
  process.stdout.write(`tarball ${path.basename(tarball)}: ${(size / 1024).toFixed(1)} KiB packed, ${files.length} files (${js} .js + ${dts} .d.ts)\n`);
}

/** Copies an example folder, turning its imports of the library's sources into imports of the installed package. */
function copyExample(example: string, dest: string): void {
  fs.mkdirSync(dest, { recursive: true });
  for (const file of fs.readdirSync(path.join(ROOT, example)).filter(f => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(ROOT, example, file), 'utf-8')
      .replace(/(['"])(?:\.\.\/)+lib((?:\/[\w/-]+)?)\1/g, (_m, q, sub) => `${q}${PACKAGE}${sub ? `/lib${sub}` : ''}${q}`);
    fs.writeFileSync(path.join(dest, file), source);
  }
}

function readJsonFiles(dir: string, match: RegExp): any[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter(f => match.test(f))
    .map(f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf-8')));
}

const consumers: Consumer[] = [
  {
    name: 'cdk',
    example: 'examples/aws',
    engine: { 'aws-cdk-lib': pkg.devDependencies['aws-cdk-lib'], 'constructs': pkg.devDependencies.constructs },
    forbidden: 'cdktf',
    expectOutput: outdir => {
      const types = readJsonFiles(outdir, /\.template\.json$/).flatMap(t => Object.values<any>(t.Resources ?? {}).map(r => r.Type));
      return ['AWS::Redshift::EndpointAccess', 'AWS::Redshift::EndpointAuthorization', 'Custom::AWS'].filter(t => !types.includes(t));
    },
  },
  {
    name: 'cdktf',
    example: 'examples/terraform',
    engine: { cdktf: pkg.devDependencies.cdktf, constructs: pkg.devDependencies.constructs },
    forbidden: 'aws-cdk-lib',
    expectOutput: outdir => {
      const docs = readJsonFiles(outdir, /cdk\.tf\.json$/);
      const types = docs.flatMap(d => Object.keys(d.resource ?? {}));
      const sources = docs.flatMap(d => Object.values<any>(d.terraform?.required_providers ?? {}).map(p => p.source));
      return [
        'huaweicloud_vpcep_endpoint', 'opentelekomcloud_vpcep_endpoint_v1', 'alicloud_privatelink_vpc_endpoint',
        'alicloud_privatelink_vpc_endpoint_zone', 'huaweicloud/huaweicloud', 'opentelekomcloud/opentelekomcloud', 'aliyun/alicloud',
      ].filter(x => !types.includes(x) && !sources.includes(x));
    },
  },
];

function checkConsumer(tarball: string, consumer: Consumer): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pac-consumer-${consumer.name}-`));
  try {
    copyExample(consumer.example, path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
      name: `consumer-${consumer.name}`,
      private: true,
      dependencies: { [PACKAGE]: `file:${tarball}`, ...consumer.engine },
    }, null, 2));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: true, outDir: 'dist', rootDir: 'src' },
      include: ['src/**/*.ts'],
    }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
    if (fs.existsSync(path.join(dir, 'node_modules', consumer.forbidden))) {
      fail(`${consumer.name} consumer: installing the package pulled in ${consumer.forbidden}`);
    }
    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], dir);
    const main = fs.readdirSync(path.join(dir, 'dist')).find(f => f === 'app.js' || f === 'main.js');
    if (!main) fail(`${consumer.name} consumer: no app.js or main.js compiled`);
    const outdir = path.join(dir, 'out');
    run(process.execPath, [path.join('dist', main)], dir, { CDK_OUTDIR: outdir, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1' });
    const missing = consumer.expectOutput(outdir);
    if (missing.length) fail(`${consumer.name} consumer: synthesized output lacks ${missing.join(', ')}`);
    process.stdout.write(`${consumer.name} consumer: installed the tarball without ${consumer.forbidden}, compiled and synthesized the example\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const tarball = findTarball();
checkContents(tarball);
for (const consumer of consumers) {
  checkConsumer(tarball, consumer);
}
process.stdout.write('consumer-check: passed\n');
