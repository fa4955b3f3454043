/**
 * The release as a consumer sees it. Takes the two npm tarballs built by `npm run package` (dist/js/: the cdktf flavour
 * and the cdktn flavour written by scripts/package-cdktn.ts), checks what they contain, then installs them into three
 * throwaway projects made from examples/ — the cdktf tarball with only aws-cdk-lib, the cdktf tarball with only cdktf,
 * the cdktn tarball with only cdktn — compiles and runs each example app there, checks what it synthesized and which
 * engine modules the run loaded.
 *
 * Each project also compiles its example with `skipLibCheck: false`, as docs/imports-and-errors.md says: from the
 * namespaces' subpaths it compiles; from the root, whose declarations name every engine, it fails on the engine not
 * installed.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FLAVOUR_SUFFIX, rewriteEngineSpecifiers } from './package-cdktn';

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8'));
const PACKAGE: string = pkg.name;
const PACKAGE_CDKTN = `${PACKAGE}${FLAVOUR_SUFFIX}`;
const ENGINES = ['aws-cdk-lib', 'cdktf', 'cdktn'];
/** The newest constructs the CDK flavour is checked with (cdktn 0.24 takes only 10.7.x). */
const NEWER_CONSTRUCTS = '10.8.1';

interface Consumer {
  readonly name: string;
  readonly package: string;
  readonly example: string;
  /** Rewrites the example's own imports of its engine (cdktf examples run on cdktn). */
  readonly rewriteEngine?: (source: string) => string;
  readonly engine: Record<string, string>;
  /** Also compile and run the snippets of the tarball's own README.md and guides (docs/) that import this engine. */
  readonly readmeSnippets?: string;
  /** The engine the run must load; the other engines must be neither installed nor loaded. */
  readonly loads: string;
  readonly expectOutput: (outdir: string) => string[];
}

class CheckFailed extends Error {}

/** Throws, so that the `finally` blocks still remove the throwaway projects. */
function fail(message: string): never {
  throw new CheckFailed(message);
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf-8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 2 ** 28 });
}

function findTarball(name: string): string {
  const dir = path.join(ROOT, 'dist', 'js');
  const tarballs = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.startsWith(`${name}@`) && f.endsWith('.tgz')) : [];
  if (tarballs.length !== 1) fail(`expected one ${name} tarball in dist/js, found ${tarballs.length}: run npm run package first`);
  return path.join(dir, tarballs[0]);
}

function checkContents(tarball: string): void {
  const files = run('tar', ['-tzf', tarball], ROOT).split('\n').filter(Boolean).map(f => f.replace(/^package\//, ''));
  const required = ['.jsii', 'README.md', 'API.md', 'LICENSE', 'package.json', 'lib/index.js', 'lib/index.d.ts', 'bin/private-access-check',
    'node_modules/yaml/package.json'];
  const missing = required.filter(f => !files.includes(f));
  const forbidden = files.filter(f => /^(test|examples|consumers|schemas|scripts|bench)\//.test(f) || (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)));
  const js = files.filter(f => /^lib\/.*\.js$/.test(f)).length;
  const dts = files.filter(f => /^lib\/.*\.d\.ts$/.test(f)).length;
  // The README's relative links to the guides must resolve inside the package.
  const readme = run('tar', ['-xzOf', tarball, 'package/README.md'], ROOT);
  missing.push(...[...readme.matchAll(/\]\((docs\/[\w.-]+\.md)(#[\w-]*)?\)/g)].map(m => m[1]).filter(f => !files.includes(f)));
  if (missing.length) fail(`tarball lacks ${missing.join(', ')}`);
  if (forbidden.length) fail(`tarball must not contain ${forbidden.slice(0, 10).join(', ')}`);
  if (js === 0 || js !== dts) fail(`tarball has ${js} .js and ${dts} .d.ts files under lib/`);
  // Each flavour's API.md speaks its own engine and package.
  const apiDocs = run('tar', ['-xzOf', tarball, 'package/API.md'], ROOT);
  const name = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], ROOT)).name as string;
  const engine = name === PACKAGE_CDKTN ? 'cdktn' : 'cdktf';
  const otherEngine = engine === 'cdktn' ? 'cdktf' : 'cdktn';
  const foreign = [`${otherEngine}.`, `from '${name === PACKAGE ? PACKAGE_CDKTN : PACKAGE}'`].filter(s => apiDocs.includes(s));
  if (foreign.length || !apiDocs.includes(`from '${name}'`) || !apiDocs.includes(`${engine}.TerraformStack`)) {
    fail(`${name}: API.md does not speak its own engine and package (found ${foreign.join(', ') || 'neither its imports nor its engine'})`);
  }
  const size = fs.statSync(tarball).size;
  process.stdout.write(`tarball ${path.basename(tarball)}: ${(size / 1024).toFixed(1)} KiB packed, ${files.length} files (${js} .js + ${dts} .d.ts)\n`);
}

/** Copies an example folder, turning its imports of the library's sources into imports of the installed package. */
function copyExample(consumer: Consumer, dest: string, tarball: string): void {
  fs.mkdirSync(dest, { recursive: true });
  for (const file of fs.readdirSync(path.join(ROOT, consumer.example)).filter(f => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(ROOT, consumer.example, file), 'utf-8')
      .replace(/(['"])(?:\.\.\/)+lib((?:\/[\w/-]+)?)\1/g, (_m, q, sub) => `${q}${consumer.package}${sub ? `/lib${sub}` : ''}${q}`);
    fs.writeFileSync(path.join(dest, file), consumer.rewriteEngine ? consumer.rewriteEngine(source) : source);
  }
  if (consumer.readmeSnippets) {
    // As a user copies them from the README and guides the package ships (the cdktn flavour's speak cdktn): unchanged.
    const guides = run('tar', ['-tzf', tarball], ROOT).split('\n').filter(f => /^package\/docs\/[\w.-]+\.md$/.test(f));
    const engine = consumer.readmeSnippets;
    const snippets = ['package/README.md', ...guides].flatMap(page =>
      readmeSnippets(run('tar', ['-xzOf', tarball, page], ROOT), engine).map(([line, snippet]) => ({ page, line, snippet })));
    if (!snippets.some(({ page }) => page === 'package/README.md')) fail(`README.md has no snippet importing ${engine}`);
    snippets.forEach(({ page, line, snippet }, i) => {
      const foreign = ENGINES.filter(e => e !== engine && new RegExp(`from (['"])${e}\\1`).test(snippet));
      if (foreign.length) fail(`${consumer.package}: ${page} line ${line} imports ${foreign.join(', ')} beside ${engine}`);
      fs.writeFileSync(path.join(dest, `readme-${i + 1}.ts`), snippet);
    });
  }
}

/** The ```ts snippets of `readme` that import `engine`, by line number. */
function readmeSnippets(readme: string, engine: string): Array<[number, string]> {
  const lines = readme.split('\n');
  const found: Array<[number, string]> = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '```ts') return;
    const code = lines.slice(i + 1, lines.indexOf('```', i + 1)).join('\n');
    if (new RegExp(`from (['"])${engine}\\1`).test(code)) found.push([i + 1, code]);
  });
  return found;
}

/** The installed package's namespaces and their subpaths, read from its lazy root (see scripts/lazy-index.ts). */
function namespaceSubpaths(dir: string, name: string): Map<string, string> {
  const index = fs.readFileSync(path.join(dir, 'node_modules', name, 'lib', 'index.js'), 'utf-8');
  const found = [...index.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{[^}]*get: \(\) => loadNamespace\("\.\/([\w/-]+)"\)/g)];
  if (!found.length) fail(`${name}: no lazy namespace found in lib/index.js`);
  return new Map(found.map(([, ns, sub]) => [ns, `${name}/lib/${sub}`]));
}

/** `import { aws } from 'pkg'` becomes `import * as aws from 'pkg/lib/aws'`: the documented advice for skipLibCheck false. */
function toSubpathImports(source: string, name: string, subpaths: Map<string, string>): string {
  const rootImport = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(['"])${name}\\2;`, 'g');
  return source.replace(rootImport, (_m, names: string) => names.split(',').map(n => n.trim()).filter(Boolean).map(n => {
    const [imported, local = imported] = n.split(/\s+as\s+/);
    const subpath = subpaths.get(imported);
    if (!subpath) fail(`the example imports ${imported} from the root, which is no namespace with a subpath`);
    return `import * as ${local} from '${subpath}';`;
  }).join('\n'));
}

/** Type-checks src-strict/ or src/ with skipLibCheck false; returns tsc's output, or undefined when it compiled. */
function strictCompileErrors(dir: string, srcdir: string): string | undefined {
  const tsconfig = path.join(dir, `tsconfig.${srcdir}.json`);
  fs.writeFileSync(tsconfig, JSON.stringify({
    // aws-cdk-lib's own declarations use `Disposable` (TypeScript's esnext.disposable library).
    compilerOptions: {
      target: 'ES2022', lib: ['ES2022', 'ESNext.Disposable'], module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: false, noEmit: true,
    },
    include: [`${srcdir}/**/*.ts`],
  }));
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { cwd: dir, encoding: 'utf-8', stdio: 'pipe' });
    return undefined;
  } catch (err: any) {
    return `${err.stdout ?? ''}${err.stderr ?? ''}` || String(err);
  }
}

/** Preloaded into the example app: at exit, writes which engines' modules the process loaded. */
const ENGINE_PROBE = `
const fs = require('fs');
process.on('exit', () => {
  const loaded = Object.keys(require.cache);
  const engines = ${JSON.stringify(ENGINES)}.filter(e => loaded.some(f => f.split(/[\\\\/]/).join('/').includes('/node_modules/' + e + '/')));
  fs.writeFileSync(process.env.ENGINE_PROBE_OUT, JSON.stringify(engines));
});
`;

function readJsonFiles(dir: string, match: RegExp): any[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf-8' })
    .filter(f => match.test(f))
    .map(f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf-8')));
}

/** What the Terraform example synthesizes, on either engine. */
function terraformOutput(outdir: string): string[] {
  const docs = readJsonFiles(outdir, /cdk\.tf\.json$/);
  const types = docs.flatMap(d => Object.keys(d.resource ?? {}));
  const sources = docs.flatMap(d => Object.values<any>(d.terraform?.required_providers ?? {}).map(p => p.source));
  return [
    'huaweicloud_vpcep_endpoint', 'opentelekomcloud_vpcep_endpoint_v1', 'alicloud_privatelink_vpc_endpoint',
    'alicloud_privatelink_vpc_endpoint_zone', 'huaweicloud/huaweicloud', 'opentelekomcloud/opentelekomcloud', 'aliyun/alicloud',
  ].filter(x => !types.includes(x) && !sources.includes(x));
}

const consumers: Consumer[] = [
  {
    name: 'cdk',
    package: PACKAGE,
    example: 'examples/aws',
    // A constructs newer than the one the library is developed with, as a fresh `cdk init` project has: the peer
    // range must keep it (npm would otherwise install the older one or refuse).
    engine: { 'aws-cdk-lib': pkg.devDependencies['aws-cdk-lib'], 'constructs': NEWER_CONSTRUCTS },
    loads: 'aws-cdk-lib',
    expectOutput: outdir => {
      const types = readJsonFiles(outdir, /\.template\.json$/).flatMap(t => Object.values<any>(t.Resources ?? {}).map(r => r.Type));
      return ['AWS::Redshift::EndpointAccess', 'AWS::Redshift::EndpointAuthorization', 'Custom::RedshiftSnapshotShare'].filter(t => !types.includes(t));
    },
  },
  {
    name: 'cdktf',
    package: PACKAGE,
    example: 'examples/terraform',
    engine: { cdktf: pkg.devDependencies.cdktf, constructs: pkg.devDependencies.constructs },
    readmeSnippets: 'cdktf',
    loads: 'cdktf',
    expectOutput: terraformOutput,
  },
  {
    name: 'cdktn',
    package: PACKAGE_CDKTN,
    example: 'examples/terraform',
    // The rule the cdktn flavour itself is built with: every cdktf module specifier becomes cdktn.
    rewriteEngine: source => rewriteEngineSpecifiers(source).code,
    engine: { cdktn: pkg.devDependencies.cdktn, constructs: pkg.devDependencies.constructs },
    readmeSnippets: 'cdktn',
    loads: 'cdktn',
    expectOutput: terraformOutput,
  },
];

/**
 * A namespace whose engine is not installed fails on first access with an error that names what to install: for a
 * Terraform engine, also the package's other flavour (a cdktf-flavour package in a cdktn app, and the reverse).
 */
function checkMissingEngineMessage(dir: string, consumer: Consumer, label: string): string {
  const terraform = consumer.loads !== 'aws-cdk-lib';
  const [namespace, expected] = terraform
    ? ['aws', /needs aws-cdk-lib, which is not installed: install aws-cdk-lib/]
    : ['huaweicloud', new RegExp(`needs cdktf, which is not installed: install cdktf, or, in a CDK Terrain \\(cdktn\\) app, install ${PACKAGE_CDKTN} instead`)];
  let message = '';
  try {
    execFileSync(process.execPath, ['-e', `require(${JSON.stringify(consumer.package)}).${namespace}`],
      { cwd: dir, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    message = String((e as { stderr?: unknown }).stderr ?? e);
  }
  if (!expected.test(message)) fail(`${label}: reading .${namespace} without its engine should say what to install (${expected}); got ${message.split('\n').find(l => /Error/.test(l)) ?? 'no error'}`);
  return namespace;
}

function checkConsumer(tarball: string, consumer: Consumer): void {
  const started = Date.now();
  const label = `${consumer.name} consumer`;
  const others = ENGINES.filter(e => e !== consumer.loads);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pac-consumer-${consumer.name}-`));
  try {
    copyExample(consumer, path.join(dir, 'src'), tarball);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
      name: `consumer-${consumer.name}`,
      private: true,
      dependencies: { [consumer.package]: `file:${tarball}`, ...consumer.engine },
    }, null, 2));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: true, outDir: 'dist', rootDir: 'src' },
      include: ['src/**/*.ts'],
    }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
    const installed = others.filter(e => fs.existsSync(path.join(dir, 'node_modules', e)));
    if (installed.length) fail(`${label}: installing the package pulled in ${installed.join(', ')}`);
    const constructs = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'constructs', 'package.json'), 'utf-8')).version;
    if (constructs !== consumer.engine.constructs) fail(`${label}: installing the package changed constructs ${consumer.engine.constructs} to ${constructs}`);

    // skipLibCheck false: the example compiles from the subpaths, and from the root fails on an engine not installed.
    const subpaths = namespaceSubpaths(dir, consumer.package);
    fs.mkdirSync(path.join(dir, 'src-strict'));
    for (const file of fs.readdirSync(path.join(dir, 'src'))) {
      const source = fs.readFileSync(path.join(dir, 'src', file), 'utf-8');
      fs.writeFileSync(path.join(dir, 'src-strict', file), toSubpathImports(source, consumer.package, subpaths));
    }
    const subpathErrors = strictCompileErrors(dir, 'src-strict');
    if (subpathErrors) fail(`${label}: the example does not compile from the subpaths with skipLibCheck false:\n${subpathErrors}`);
    const rootErrors = strictCompileErrors(dir, 'src');
    const missingEngine = new RegExp(`TS2307: Cannot find module '(${others.join('|')})'`);
    if (!rootErrors || !missingEngine.test(rootErrors)) {
      fail(`${label}: expected the root import to fail with skipLibCheck false (TS2307 on ${others.join(' or ')}), as docs/imports-and-errors.md says; `
        + `got ${rootErrors ? rootErrors.split('\n')[0] : 'no error'} (update docs/imports-and-errors.md if this is fixed)`);
    }

    const withoutEngine = checkMissingEngineMessage(dir, consumer, label);

    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], dir);
    const main = fs.readdirSync(path.join(dir, 'dist')).find(f => f === 'app.js' || f === 'main.js');
    if (!main) fail(`${label}: no app.js or main.js compiled`);
    const probe = path.join(dir, 'engine-probe.js');
    fs.writeFileSync(probe, ENGINE_PROBE);
    /** Runs one compiled program; returns where it synthesized and which engines it loaded. */
    const synth = (script: string): { outdir: string; loaded: string[] } => {
      const outdir = path.join(dir, 'out', path.basename(script, '.js'));
      const probeOut = path.join(dir, `${path.basename(script, '.js')}.engines.json`);
      fs.mkdirSync(outdir, { recursive: true });
      run(process.execPath, ['--require', probe, path.join('dist', script)], dir,
        { CDK_OUTDIR: outdir, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1', ENGINE_PROBE_OUT: probeOut });
      const loaded: string[] = JSON.parse(fs.readFileSync(probeOut, 'utf-8'));
      if (loaded.join() !== consumer.loads) fail(`${label}: ${script} loaded ${loaded.join(', ') || 'no engine'}; expected ${consumer.loads} only`);
      return { outdir, loaded };
    };
    const missing = consumer.expectOutput(synth(main).outdir);
    if (missing.length) fail(`${label}: synthesized output lacks ${missing.join(', ')}`);
    const snippets = fs.readdirSync(path.join(dir, 'dist')).filter(f => /^readme-\d+\.js$/.test(f));
    for (const snippet of snippets) {
      const resources = readJsonFiles(synth(snippet).outdir, /cdk\.tf\.json$/).flatMap(d => Object.keys(d.resource ?? {}));
      if (!resources.length) fail(`${label}: README or guide snippet ${snippet} synthesized no resource`);
    }

    const synthesized = snippets.length ? `the example and ${snippets.length} snippets of the README and guides` : 'the example';
    process.stdout.write(`${label}: ${consumer.package} installed and loaded with ${consumer.loads} only (no ${others.join(', no ')}), `
      + `compiled (also with skipLibCheck false from the subpaths) and synthesized ${synthesized}; .${withoutEngine} without its engine `
      + `names what to install; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A throwaway project with these dependencies (an ES module package when `type` is `module`), installed. */
function newProject(name: string, dependencies: Record<string, string>, type?: 'module'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pac-consumer-${name}-`));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, ...(type ? { type } : {}), dependencies }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  return dir;
}

/** Runs a program of `dir` with the engine probe; returns the engines its process loaded. */
function runProbed(dir: string, args: string[], label: string): string[] {
  const probe = path.join(dir, 'engine-probe.cjs');
  const probeOut = path.join(dir, 'engines.json');
  fs.writeFileSync(probe, ENGINE_PROBE);
  const result = spawnSync(process.execPath, ['--require', probe, ...args], {
    cwd: dir, encoding: 'utf-8', env: { ...process.env, CDK_OUTDIR: path.join(dir, 'out'), CDKTF_OUTDIR: path.join(dir, 'out'), ENGINE_PROBE_OUT: probeOut },
  });
  if (result.status !== 0) fail(`${label}: node ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return JSON.parse(fs.readFileSync(probeOut, 'utf-8'));
}

const ESM_PROGRAM = (name: string) => `import { huaweicloud, ValidationError, aws } from '${name}';
import { VpcepEndpoint } from '${name}/lib/huaweicloud';
import { App, TerraformStack } from 'cdktf';

const app = new App();
const stack = new TerraformStack(app, 'Esm');
new huaweicloud.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
new huaweicloud.VpcepEndpoint(stack, 'FromRoot', { serviceId: 'svc', vpcId: 'vpc' });
new VpcepEndpoint(stack, 'FromSubpath', { serviceId: 'svc', vpcId: 'vpc' });
let invalid;
try {
  new VpcepEndpoint(stack, 'Invalid', { serviceId: 'svc', vpcId: 'vpc', whitelist: ['10.0.0.0/33'] });
} catch (error) {
  invalid = error;
}
if (!ValidationError.isValidationError(invalid)) throw new Error('expected a ValidationError, got ' + invalid);
stack.node.tryRemoveChild('Invalid');
let withoutEngine = '';
try {
  aws.RedshiftManagedEndpoint;
} catch (error) {
  withoutEngine = error.message;
}
if (!/the aws namespace needs aws-cdk-lib, which is not installed/.test(withoutEngine)) {
  throw new Error('expected the aws namespace to say that aws-cdk-lib is missing, got: ' + withoutEngine);
}
app.synth();
`;

/**
 * A native ES module project (`"type": "module"`, plain JavaScript) imports the root's namespaces and ValidationError
 * by name and a namespace's subpath, loads only cdktf, and synthesizes.
 */
function checkEsmProject(tarball: string): void {
  const started = Date.now();
  const dir = newProject('esm', { [PACKAGE]: `file:${tarball}`, cdktf: pkg.devDependencies.cdktf, constructs: pkg.devDependencies.constructs }, 'module');
  try {
    fs.writeFileSync(path.join(dir, 'main.js'), ESM_PROGRAM(PACKAGE));
    const loaded = runProbed(dir, ['main.js'], 'ESM consumer');
    if (loaded.join() !== 'cdktf') fail(`ESM consumer: loaded ${loaded.join(', ') || 'no engine'}; expected cdktf only`);
    const endpoints = readJsonFiles(path.join(dir, 'out'), /cdk\.tf\.json$/).flatMap(d => Object.keys(d.resource?.huaweicloud_vpcep_endpoint ?? {}));
    if (endpoints.length !== 2) fail(`ESM consumer: expected 2 endpoints in the output, found ${endpoints.length}`);
    process.stdout.write('ESM consumer: named imports from the root and a subpath, ValidationError and the missing-engine message, '
      + `cdktf only, 2 endpoints synthesized; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const NODENEXT_PROGRAM = (name: string) => `import { App, Stack, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { RedshiftManagedEndpoint } from '${name}/lib/aws';
import { ValidationError } from '${name}/lib/core';

const app = new App();
const stack = new Stack(app, 'NodeNext');
const securityGroups = [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', 'sg-0123456789abcdef0')];
new RedshiftManagedEndpoint(stack, 'Endpoint', { clusterIdentifier: 'analytics', endpointName: 'reporting', subnetGroupName: 'subnets', securityGroups });
try {
  new RedshiftManagedEndpoint(stack, 'Invalid', { clusterIdentifier: 'analytics', endpointName: 'Reporting', subnetGroupName: 'subnets', securityGroups });
  throw new Error('expected a ValidationError');
} catch (error: unknown) {
  if (!ValidationError.isValidationError(error)) throw error;
  stack.node.tryRemoveChild('Invalid');
}
app.synth();
`;

/**
 * TypeScript as strict as it gets for a package: an ES module project with `module: NodeNext` and
 * `skipLibCheck: false` imports a subpath and ValidationError (from lib/core), compiles, runs and synthesizes.
 */
function checkNodeNextProject(tarball: string): void {
  const started = Date.now();
  const dir = newProject('nodenext', {
    [PACKAGE]: `file:${tarball}`, 'aws-cdk-lib': pkg.devDependencies['aws-cdk-lib'], 'constructs': NEWER_CONSTRUCTS,
  }, 'module');
  try {
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'main.ts'), NODENEXT_PROGRAM(PACKAGE));
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'ESNext.Disposable'],
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: false,
        outDir: 'dist',
        rootDir: 'src',
        types: [],
      },
      include: ['src/**/*.ts'],
    }));
    const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf-8' });
    if (compiled.status !== 0) fail(`NodeNext consumer: does not compile with module NodeNext and skipLibCheck false:\n${compiled.stdout}${compiled.stderr}`);
    const loaded = runProbed(dir, ['dist/main.js'], 'NodeNext consumer');
    if (loaded.join() !== 'aws-cdk-lib') fail(`NodeNext consumer: loaded ${loaded.join(', ') || 'no engine'}; expected aws-cdk-lib only`);
    const types = readJsonFiles(path.join(dir, 'out'), /\.template\.json$/).flatMap(d => Object.values<any>(d.Resources ?? {}).map(r => r.Type));
    if (!types.includes('AWS::Redshift::EndpointAccess')) fail('NodeNext consumer: no AWS::Redshift::EndpointAccess synthesized');
    process.stdout.write('NodeNext consumer: module NodeNext, skipLibCheck false, a subpath and ValidationError from lib/core compiled, '
      + `ran with aws-cdk-lib only and synthesized; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A project shaped like `cdk init app`'s: its tsconfig (NodeNext, strict), the newest `constructs`, a cdk.json with
 * every feature flag `cdk init` writes (aws-cdk-lib's recommended flags, `validateAgainstDefaultRules` among them),
 * and `cdk synth` with the pinned CLI, on the example app.
 */
function checkCdkInitProject(tarball: string): void {
  const started = Date.now();
  const cli = pkg.devDependencies['aws-cdk'];
  const dir = newProject('cdk-init', {
    [PACKAGE]: `file:${tarball}`, 'aws-cdk-lib': pkg.devDependencies['aws-cdk-lib'], 'constructs': NEWER_CONSTRUCTS, 'aws-cdk': cli,
  });
  try {
    copyExample(consumers[0], path.join(dir, 'src'), tarball);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['es2022'],
        strict: true,
        noImplicitReturns: true,
        experimentalDecorators: true,
        strictPropertyInitialization: false,
        skipLibCheck: true,
        outDir: 'dist',
        rootDir: 'src',
        types: [],
      },
      include: ['src/**/*.ts'],
    }));
    const flags = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', 'aws-cdk-lib', 'recommended-feature-flags.json'), 'utf-8'));
    if (flags['@aws-cdk/core:validateAgainstDefaultRules'] !== true) fail('cdk init consumer: the recommended flags no longer turn on validateAgainstDefaultRules');
    fs.writeFileSync(path.join(dir, 'cdk.json'), JSON.stringify({ app: 'node dist/app.js', notices: false, context: { ...flags, 'cli-telemetry': false } }, null, 2));
    const compiled = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf-8' });
    if (compiled.status !== 0) fail(`cdk init consumer: the example does not compile with cdk init's tsconfig:\n${compiled.stdout}${compiled.stderr}`);
    const synth = spawnSync('npx', ['--no-install', 'cdk', 'synth', '--quiet', '--no-notices'], {
      cwd: dir, encoding: 'utf-8', env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
    });
    if (synth.status !== 0) fail(`cdk init consumer: cdk synth ${cli} failed:\n${synth.stdout}${synth.stderr}`);
    const types = readJsonFiles(path.join(dir, 'cdk.out'), /\.template\.json$/).flatMap(d => Object.values<any>(d.Resources ?? {}).map(r => r.Type));
    const missing = ['AWS::Redshift::EndpointAccess', 'Custom::RedshiftSnapshotShare'].filter(x => !types.includes(x));
    if (missing.length) fail(`cdk init consumer: cdk.out lacks ${missing.join(', ')}`);
    process.stdout.write(`cdk init consumer: ${Object.keys(flags).length} recommended feature flags, constructs ${NEWER_CONSTRUCTS}, `
      + `cdk synth with aws-cdk ${cli}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The wrong flavour: a CDK Terrain (cdktn) project that installed this (cdktf) flavour. Without cdktf, the root's
 * namespace and its subpath both name the package to install; with cdktf installed too, a construct in a cdktn stack
 * names it, instead of cdktn failing later with a TypeError.
 */
function checkWrongFlavour(tarball: string): void {
  const started = Date.now();
  const cdktnConstructs = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'cdktn', 'package.json'), 'utf-8')).peerDependencies.constructs;
  const dir = newProject('wrong-flavour', {
    [PACKAGE]: `file:${tarball}`, cdktn: pkg.devDependencies.cdktn, constructs: pkg.devDependencies.constructs,
  });
  const expected = `install ${PACKAGE_CDKTN} instead of ${PACKAGE}`;
  try {
    for (const load of [`require(${JSON.stringify(PACKAGE)}).huaweicloud`, `require(${JSON.stringify(`${PACKAGE}/lib/huaweicloud`)})`]) {
      const result = spawnSync(process.execPath, ['-e', load], { cwd: dir, encoding: 'utf-8' });
      if (result.status === 0 || !result.stderr.includes(expected)) fail(`wrong flavour: ${load} in a cdktn project should say "${expected}"; got ${result.stderr}`);
    }
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `cdktf@${pkg.devDependencies.cdktf}`], dir);
    const mixed = spawnSync(process.execPath, ['-e', `
      const { App, TerraformStack } = require('cdktn');
      const { huaweicloud } = require(${JSON.stringify(PACKAGE)});
      new huaweicloud.VpcepEndpoint(new TerraformStack(new App(), 'Network'), 'Endpoint', { serviceId: 'svc', vpcId: 'vpc' });`], { cwd: dir, encoding: 'utf-8' });
    if (mixed.status === 0 || !mixed.stderr.includes(`is a cdktn TerraformStack, but ${PACKAGE} is built on cdktf`) || !mixed.stderr.includes(expected)) {
      fail(`wrong flavour: a cdktf-flavour construct in a cdktn stack should name ${PACKAGE_CDKTN}; got ${mixed.stderr}`);
    }
    process.stdout.write(`wrong flavour: in a cdktn project (constructs ${cdktnConstructs}), the root namespace, the subpath and a construct in a cdktn `
      + `stack each name ${PACKAGE_CDKTN}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A CloudFormation or HCL user installs the package for its command alone: no engine is installed, and
 * `npx private-access-check` checks a YAML template (findings: exit 1, in JSON) and a clean Terraform plan (exit 0).
 */
function checkCommandWithoutEngines(tarball: string, name: string): void {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pac-consumer-command-'));
  try {
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
      name: 'consumer-command', private: true, dependencies: { [name]: `file:${tarball}` },
    }, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
    const installed = ENGINES.filter(e => fs.existsSync(path.join(dir, 'node_modules', e)));
    if (installed.length) fail(`command consumer: installing ${name} pulled in ${installed.join(', ')}`);
    fs.copyFileSync(path.join(ROOT, 'test', 'raw-checks', 'fixtures', 'endpoints.template.yaml'), path.join(dir, 'endpoints.yaml'));
    fs.writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: [] } } }));
    const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'private-access-check', ...args], { cwd: dir, encoding: 'utf-8' });
    const withFindings = npx('--format', 'json', 'endpoints.yaml');
    const findings = withFindings.status === 1 ? JSON.parse(withFindings.stdout).findings as Array<{ property: string }> : [];
    if (withFindings.status !== 1 || findings.map(f => f.property).join() !== 'EndpointName,ResourceOwner,Create.parameters.AccountWithRestoreAccess') {
      fail(`command consumer: npx private-access-check on a template exited ${withFindings.status} with ${withFindings.stdout}${withFindings.stderr}`);
    }
    const clean = npx('plan.json');
    if (clean.status !== 0) fail(`command consumer: npx private-access-check on a clean plan exited ${clean.status}: ${clean.stdout}${clean.stderr}`);
    // HCL goes through the bundled parser (WebAssembly): an installed package must find it without any engine.
    fs.mkdirSync(path.join(dir, 'network'));
    fs.writeFileSync(path.join(dir, 'network', 'main.tf'), [
      'variable "vpc" {}',
      'resource "huaweicloud_vpcep_endpoint" "clients" {',
      '  service_id = "svc"',
      '  vpc_id     = var.vpc',
      '  whitelist  = ["10.0.0.1/8"]',
      '}',
    ].join('\n'));
    const hcl = npx('--format', 'json', 'network');
    const hclFindings = hcl.status === 1 ? JSON.parse(hcl.stdout).findings as Array<{ property: string; line?: number }> : [];
    if (hclFindings.map(f => `${f.property}@${f.line}`).join() !== 'whitelist[0]@5') {
      fail(`command consumer: npx private-access-check on an HCL folder exited ${hcl.status} with ${hcl.stdout}${hcl.stderr}`);
    }
    process.stdout.write(`command consumer: ${name} installed without any engine; npx private-access-check reported ${findings.length} `
      + `findings on a template and ${hclFindings.length} on HCL (exit 1), and a clean plan (exit 0); `
      + `${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A copy of a project kept under consumers/, depending on `tarball` instead of the placeholder path, installed. */
function installKeptProject(name: string, tarball: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pac-consumer-${name}-`));
  fs.cpSync(path.join(ROOT, 'consumers', name), dir, { recursive: true, filter: f => !/[\\/](node_modules|cdk\.out|cdktf\.out)$/.test(f) });
  const manifest = path.join(dir, 'package.json');
  const project = JSON.parse(fs.readFileSync(manifest, 'utf-8'));
  if (!project.dependencies?.[PACKAGE]) fail(`consumers/${name}: package.json does not depend on ${PACKAGE}`);
  project.dependencies[PACKAGE] = `file:${tarball}`;
  fs.writeFileSync(manifest, JSON.stringify(project, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  return dir;
}

/** Runs a command of a kept project; returns its exit status and everything it printed. */
function runIn(dir: string, cmd: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(cmd, args, {
    cwd: dir,
    encoding: 'utf-8',
    maxBuffer: 2 ** 28,
    env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CHECKPOINT_DISABLE: '1', CI: 'true' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The resources of every template a `cdk synth` wrote, by stack. */
function synthesizedTemplates(dir: string): Map<string, Record<string, any>> {
  const out = path.join(dir, 'cdk.out');
  return new Map(fs.readdirSync(out).filter(f => f.endsWith('.template.json'))
    .map(f => [f.replace(/\.template\.json$/, ''), JSON.parse(fs.readFileSync(path.join(out, f), 'utf-8')).Resources ?? {}]));
}

/**
 * consumers/cdk-init: the project `cdk init app --language typescript` wrote (its cdk.json, with partition literals and
 * the template validator on, and its own tsc, tsx and jest), with cdk-nag's AwsSolutionsChecks and the library's plugin.
 * `cdk synth` must pass with every AWS construct in a fixed account and region, and with a cluster and a workgroup in a
 * second account's stack; a share naming the stack's own account must fail it with the library's message.
 */
function checkCdkInitKeptProject(tarball: string): void {
  const started = Date.now();
  const label = 'consumers/cdk-init';
  const dir = installKeptProject('cdk-init', tarball);
  try {
    const synth = (...context: string[]) => runIn(dir, 'npx', ['--no-install', 'cdk', 'synth', '--quiet', '--no-notices', ...context]);
    const oneAccount = synth();
    if (oneAccount.status !== 0) fail(`${label}: cdk synth failed:\n${oneAccount.output}`);
    const types = [...synthesizedTemplates(dir).values()].flatMap(r => Object.values<any>(r).map(x => x.Type));
    const missing = ['AWS::Redshift::EndpointAccess', 'AWS::Redshift::EndpointAuthorization', 'Custom::RedshiftSnapshotShare',
      'Custom::RedshiftServerlessEndpointAccess', 'Custom::RedshiftServerlessEndpointAuthorization', 'Custom::RedshiftServerlessSnapshotShare']
      .filter(t => !types.includes(t));
    if (missing.length) fail(`${label}: cdk.out lacks ${missing.join(', ')} (found ${[...new Set(types)].join(', ')})`);

    const ownAccount = synth('-c', 'scenario=share-own-account');
    if (ownAccount.status === 0 || !/PrivateAccessAppStack\/NightlyShare: 1 invalid property\n\s+- accounts\[1\]: "123456789012" /.test(ownAccount.output)) {
      fail(`${label}: a share with the own account should fail cdk synth with the library's ValidationError; got exit ${ownAccount.status}:\n${ownAccount.output}`);
    }

    const twoAccounts = synth('-c', 'scenario=two-accounts');
    if (twoAccounts.status !== 0) fail(`${label}: cdk synth of two accounts failed:\n${twoAccounts.output}`);
    const consumer = synthesizedTemplates(dir).get('EndpointConsumer') ?? {};
    const endpoint = Object.values<any>(consumer).find(r => r.Type === 'AWS::Redshift::EndpointAccess')?.Properties ?? {};
    if (endpoint.ResourceOwner !== '111111111111' || endpoint.ClusterIdentifier !== 'analytics') {
      fail(`${label}: the endpoint to another account's cluster renders ${JSON.stringify(endpoint)}; expected ResourceOwner 111111111111 and ClusterIdentifier analytics`);
    }
    const crossStack = JSON.stringify(consumer).match(/Fn::ImportValue|ExportsReader|CrossRegion/);
    if (crossStack) fail(`${label}: the consumer stack reads the owner stack through ${crossStack[0]}, where the literals would do`);

    const tests = runIn(dir, 'npm', ['test', '--silent']);
    if (tests.status !== 0) fail(`${label}: the project's own jest tests failed:\n${tests.output}`);
    process.stdout.write(`${label}: cdk synth passed under cdk-nag and the library's plugin (one account; two accounts with ResourceOwner `
      + 'from the owner\'s stack), failed with the library\'s message on a share with the own account, and npm test passed; '
      + `${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * consumers/cdktf-init: the project `cdktf init --template=typescript` wrote, with services, endpoints, approvals and
 * connections with bandwidth on all three clouds. Its app (cdktf.json's command) synthesizes, `npx private-access-check
 * cdktf.out` finds nothing, and its own jest tests (cdktf's Testing matchers) pass.
 */
function checkCdktfInitKeptProject(tarball: string): void {
  const started = Date.now();
  const label = 'consumers/cdktf-init';
  const dir = installKeptProject('cdktf-init', tarball);
  try {
    const app: string = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf-8')).app;
    const [cmd, ...args] = app.split(' ');
    const synth = runIn(dir, cmd, args);
    if (synth.status !== 0) fail(`${label}: ${app} failed:\n${synth.output}`);
    const stacks = fs.readdirSync(path.join(dir, 'cdktf.out', 'stacks'));
    if (stacks.length !== 3) fail(`${label}: expected 3 stacks in cdktf.out, found ${stacks.join(', ')}`);
    const check = runIn(dir, 'npx', ['--no-install', 'private-access-check', 'cdktf.out']);
    if (check.status !== 0 || !/^No findings in \d+ resources/m.test(check.output)) {
      fail(`${label}: npx private-access-check cdktf.out on the library's own output exited ${check.status}:\n${check.output}`);
    }
    const tests = runIn(dir, 'npm', ['test', '--silent']);
    if (tests.status !== 0) fail(`${label}: the project's own jest tests failed:\n${tests.output}`);
    process.stdout.write(`${label}: ${stacks.length} stacks synthesized, npx private-access-check found nothing (${check.output.trim().split('\n').pop()}), `
      + `npm test passed; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const tarballs = new Map([PACKAGE, PACKAGE_CDKTN].map(name => [name, findTarball(name)]));
  for (const tarball of tarballs.values()) checkContents(tarball);
  for (const consumer of consumers) {
    checkConsumer(tarballs.get(consumer.package)!, consumer);
  }
  checkCommandWithoutEngines(tarballs.get(PACKAGE)!, PACKAGE);
  checkEsmProject(tarballs.get(PACKAGE)!);
  checkNodeNextProject(tarballs.get(PACKAGE)!);
  checkCdkInitProject(tarballs.get(PACKAGE)!);
  checkWrongFlavour(tarballs.get(PACKAGE)!);
  checkCdkInitKeptProject(tarballs.get(PACKAGE)!);
  checkCdktfInitKeptProject(tarballs.get(PACKAGE)!);
  process.stdout.write('consumer-check: passed\n');
} catch (err) {
  if (!(err instanceof CheckFailed)) throw err;
  process.stderr.write(`consumer-check: ${err.message}\n`);
  process.exit(1);
}
