/**
 * The cdktn flavour (private-access-constructs-cdktn) is the compiled package rewritten by scripts/package-cdktn.ts.
 * These tests check the rewrite rules, then apply them to the compiled lib/ (built by `npm test` before jest runs) and
 * check which engines the result loads, as engine-isolation.test.ts does for the cdktf flavour.
 * `npm run test:consumer` checks the packed tarball itself in a cdktn-only project.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  cdktnConstructsRange, checkLazyRoot, closureEntry, fingerprint, leftoverEngineString, referencedFqns, rewriteAssembly, rewriteEngineSpecifiers,
  rewriteApiDocs, rewriteGuide, rewritePackageJson, rewriteReadme, rewriteTree,
} from '../../scripts/package-cdktn';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(file, 'utf-8'));

describe('module specifiers', () => {
  test.each([
    ['const cdktf = require("cdktf");', 'const cdktf = require("cdktn");'],
    ["import * as cdktf from 'cdktf';", "import * as cdktf from 'cdktn';"],
    ["import { Token } from 'cdktf';", "import { Token } from 'cdktn';"],
    ["export * from 'cdktf';", "export * from 'cdktn';"],
    ["import 'cdktf';", "import 'cdktn';"],
    ['type T = import("cdktf").TerraformStack;', 'type T = import("cdktn").TerraformStack;'],
    ['const m = require("cdktf/lib/testing/matchers");', 'const m = require("cdktn/lib/testing/matchers");'],
    ["import x = require('cdktf');", "import x = require('cdktn');"],
  ])('%s is rewritten', (code, expected) => {
    // WHEN
    const result = rewriteEngineSpecifiers(code);
    // THEN
    expect(result).toEqual({ code: expected, count: 1 });
    expect(leftoverEngineString(result.code)).toBeUndefined();
  });

  test.each([
    "import { OpentelekomcloudProvider } from '@cdktf/provider-opentelekomcloud';",
    'const cli = require("cdktf-cli");',
    '* Generates CDKTF code for importing a VpcepEndpoint resource upon running "cdktf plan <stack-name>"',
    'node.setContext("cdktfVersion", "0.21.0");',
  ])('%s is left as it is', (code) => {
    expect(rewriteEngineSpecifiers(code)).toEqual({ code, count: 0 });
    expect(leftoverEngineString(code)).toBeUndefined();
  });

  test('a form the rewrite does not know is reported, not passed on', () => {
    const code = 'const p = require.resolve("cdktf");';
    expect(rewriteEngineSpecifiers(code).count).toBe(0);
    expect(leftoverEngineString(code)).toBe(code);
  });
});

describe('the packed root barrel', () => {
  test('the lazy barrel of the compiled library passes', () => {
    expect(() => checkLazyRoot(fs.readFileSync(path.join(ROOT, 'lib', 'index.js'), 'utf-8'))).not.toThrow();
  });

  test.each([
    ['the eager barrel jsii writes', 'exports.aws = __importStar(require("./aws"));\n'],
    ['a lazy-looking barrel that still requires a namespace eagerly', 'function loadNamespace(m) {}\nexports.aws = __importStar(require("./aws"));\n'],
  ])('%s is refused, saying how to build the lazy one', (_case, code) => {
    expect(() => checkLazyRoot(code)).toThrow(/not the lazy root barrel .*`npm run compile:all`/);
  });
});

describe('the constructs range of the cdktn flavour', () => {
  test.each([
    ['^10.7.2', '>=10.6.0 <10.8.0', '>=10.7.2 <10.8.0'],
    ['~10.7.2', '>=10.6.0 <10.8.0', '>=10.7.2 <10.8.0'],
    ['^10.7.2', '^10.5.0', '^10.7.2'],
  ])('our %s under cdktn\'s %s is %s', (ours, cdktns, expected) => {
    expect(cdktnConstructsRange(ours, cdktns)).toBe(expected);
  });

  test('a range without a floor this script understands is an error, not a guess', () => {
    expect(() => cdktnConstructsRange('>=10 <11', '<10.8.0')).toThrow(/has no floor/);
  });

  test('it replaces the constructs peer of package.json and the constructs dependency of the assembly', () => {
    const pkg = readJson(path.join(ROOT, 'package.json'));
    expect(rewritePackageJson(pkg, '^0.24.0', '>=10.7.2 <10.8.0').peerDependencies.constructs).toBe('>=10.7.2 <10.8.0');
    const assembly = readJson(path.join(ROOT, '.jsii'));
    expect(rewriteAssembly(assembly, readJson(require.resolve('cdktn/.jsii')), '^0.24.0', '>=10.7.2 <10.8.0').dependencies.constructs)
      .toBe('>=10.7.2 <10.8.0');
  });
});

describe('package.json', () => {
  test('names the cdktn flavour and cdktn as its optional peer, never cdktf', () => {
    // GIVEN the package.json that the cdktf tarball carries
    const pkg = readJson(path.join(ROOT, 'package.json'));
    // WHEN
    const out = rewritePackageJson(pkg, '^0.24.0');
    // THEN
    expect(out.name).toBe('private-access-constructs-cdktn');
    expect(out.peerDependencies).toEqual({ ...pkg.peerDependencies, cdktf: undefined, cdktn: '^0.24.0' });
    expect(out.peerDependenciesMeta.cdktn).toEqual({ optional: true });
    expect(JSON.stringify(out)).not.toMatch(/"cdktf"|"@cdktf\//);
    expect(out.main).toBe(pkg.main);
    expect(out.types).toBe(pkg.types);
  });

  test('both flavours ask for Node.js 20 or newer in engines', () => {
    // GIVEN
    const pkg = readJson(path.join(ROOT, 'package.json'));
    // THEN
    expect(pkg.engines).toEqual({ node: '>= 20.0.0' });
    expect(rewritePackageJson(pkg, '^0.24.0').engines).toEqual({ node: '>= 20.0.0' });
  });
});

describe('README.md and the guides of the cdktn flavour', () => {
  const read = (page: string) => fs.readFileSync(path.join(ROOT, page), 'utf-8');
  const guides = fs.readdirSync(path.join(ROOT, 'docs')).filter(f => f.endsWith('.md')).map(f => `docs/${f}`);
  const readme = read('README.md');
  const rewritten = rewriteReadme(readme, 'private-access-constructs');
  /** The lines inside fenced code blocks of `markdown`, outside the section that speaks of both flavours. */
  const codeLines = (markdown: string) => {
    let inFence = false;
    let section = '';
    return markdown.split('\n').filter(line => {
      if (!inFence && line.startsWith('## ')) section = line;
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return inFence && section !== '## CDK Terrain (cdktn)';
    });
  };
  const original = [readme, ...guides.map(read)].flatMap(codeLines);
  const code = [rewritten, ...guides.map(g => rewriteGuide(read(g), 'private-access-constructs'))].flatMap(codeLines);

  test('their snippets import cdktn and the cdktn flavour, never cdktf or the cdktf flavour', () => {
    // GIVEN the repository's README and guides, whose snippets import cdktf
    expect(original.filter(l => /from 'cdktf'/.test(l)).length).toBeGreaterThan(5);
    // WHEN rewritten, THEN
    expect(code.filter(l => /(['"])cdktf(\/[^'"]*)?\1/.test(l))).toEqual([]);
    expect(code.filter(l => /(['"])private-access-constructs(\/[^'"]*)?\1/.test(l))).toEqual([]);
    expect(code.filter(l => /from 'cdktn'/.test(l)).length).toBe(original.filter(l => /from 'cdktf'/.test(l)).length);
    expect(code).toContain("import { aws } from 'private-access-constructs-cdktn';");
  });

  test('a guide is rewritten line for line: code only, and never the section on both flavours', () => {
    // GIVEN a guide with prose, code, and the section that speaks of both flavours
    const guide = [
      '# A guide', 'Import cdktf.', '```ts', "import { App } from 'cdktf';", "import { huaweicloud } from 'private-access-constructs';", '```',
      '## CDK Terrain (cdktn)', '```ts', "import { App } from 'cdktf';", '```',
    ];
    // WHEN rewritten, THEN only the code outside that section changed
    expect(rewriteGuide(guide.join('\n'), 'private-access-constructs').split('\n')).toEqual([
      '# A guide', 'Import cdktf.', '```ts', "import { App } from 'cdktn';", "import { huaweicloud } from 'private-access-constructs-cdktn';", '```',
      '## CDK Terrain (cdktn)', '```ts', "import { App } from 'cdktf';", '```',
    ]);
  });

  test('the install commands of the README name the cdktn flavour and cdktn; the cdktf flavour\'s line is left out', () => {
    const installs = codeLines(rewritten).filter(l => /npm install/.test(l));
    expect(installs.length).toBeGreaterThan(0);
    expect(installs.every(l => /npm install private-access-constructs-cdktn /.test(l))).toBe(true);
    expect(installs.filter(l => /\bcdktf\b/.test(l))).toEqual([]);
    expect(installs.some(l => /\bcdktn@/.test(l))).toBe(true);
  });

  test('the README\'s title names the flavour, and prose and the section on both flavours stay as written', () => {
    expect(rewritten.split('\n')[0]).toBe('# private-access-constructs-cdktn');
    const section = (markdown: string) => markdown.slice(markdown.indexOf('## CDK Terrain (cdktn)'), markdown.indexOf('\n## ', markdown.indexOf('## CDK Terrain (cdktn)') + 1));
    expect(section(rewritten)).toBe(section(readme));
    expect(rewritten).toContain(readme.split('\n').find(l => l.startsWith('Every prop is checked against the vendor')));
  });
});

describe('jsii assembly', () => {
  const assembly = readJson(path.join(ROOT, '.jsii'));
  const cdktn = readJson(require.resolve('cdktn/.jsii'));
  const out = rewriteAssembly(assembly, cdktn, '^0.24.0');

  test('the closure entry is rebuilt in the shape jsii wrote for cdktf', () => {
    expect(closureEntry(readJson(require.resolve('cdktf/.jsii')))).toEqual(assembly.dependencyClosure.cdktf);
  });

  test('is the assembly of private-access-constructs-cdktn, depending on cdktn instead of cdktf', () => {
    expect(out.name).toBe('private-access-constructs-cdktn');
    expect(out.targets.js.npm).toBe('private-access-constructs-cdktn');
    expect(out.dependencies).toEqual({ ...assembly.dependencies, cdktf: undefined, cdktn: '^0.24.0' });
    expect(Object.keys(out.dependencyClosure)).not.toContain('cdktf');
    expect(out.dependencyClosure.cdktn.targets).toEqual(cdktn.targets);
    expect(out.fingerprint).toBe(fingerprint(out));
    expect(out.fingerprint).not.toBe(assembly.fingerprint);
  });

  test('every type is renamed and every type it refers to exists', () => {
    // THEN the same types under the new name
    expect(Object.keys(out.types).sort()).toEqual(Object.keys(assembly.types)
      .map(fqn => fqn.replace(/^private-access-constructs\./, 'private-access-constructs-cdktn.')).sort());
    const refs = [...referencedFqns(out.types)];
    expect(refs.some(fqn => fqn.startsWith('cdktn.'))).toBe(true);
    expect(refs.filter(fqn => fqn.startsWith('cdktf.') || fqn.startsWith('private-access-constructs.'))).toEqual([]);
    expect(refs.filter(fqn => fqn.startsWith('cdktn.') && !(fqn in cdktn.types))).toEqual([]);
    expect(refs.filter(fqn => fqn.startsWith('private-access-constructs-cdktn.') && !(fqn in out.types))).toEqual([]);
  });

  test('prose is left as written', () => {
    expect(out.readme).toEqual(assembly.readme);
  });
});

describe('the rewritten lib/ loads only cdktn for Terraform and never cdktn for aws', () => {
  // A copy of the compiled lib/ inside the checkout, so that the engines resolve from its node_modules.
  const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.cdktn-flavour-'));
  const libs = path.join(dir, 'lib');
  beforeAll(() => {
    fs.cpSync(path.join(ROOT, 'lib'), libs, { recursive: true, filter: src => !src.endsWith('.ts') || src.endsWith('.d.ts') });
    rewriteTree(dir, 'private-access-constructs');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function enginesLoadedBy(script: string): string[] {
    const probe = `
      ${script};
      const loaded = Object.keys(require.cache);
      process.stdout.write(JSON.stringify(['aws-cdk-lib', 'cdktf', 'cdktn'].filter(e => loaded.some(f => f.includes('/node_modules/' + e + '/')))));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: dir, encoding: 'utf-8' }));
  }

  /** The root's lazy namespaces, read from the compiled root (see scripts/lazy-index.ts). */
  function namespaces(): string[] {
    const index = fs.readFileSync(path.join(ROOT, 'lib', 'index.js'), 'utf-8');
    return [...index.matchAll(/Object\.defineProperty\(exports, "(\w+)", \{[^}]*get: \(\) => loadNamespace/g)].map(m => m[1]);
  }

  test('the root has the aws namespace and Terraform namespaces', () => {
    expect(namespaces()).toContain('aws');
    expect(namespaces().length).toBeGreaterThan(1);
  });

  test('each Terraform namespace loads neither cdktf nor aws-cdk-lib, and the cloud constructs load cdktn', () => {
    const loaded = namespaces().filter(ns => ns !== 'aws')
      .map((ns): [string, string[]] => [ns, enginesLoadedBy(`Object.keys(require('./lib').${ns})`)]);
    expect(loaded.filter(([, engines]) => engines.some(e => e !== 'cdktn'))).toEqual([]);
    expect(loaded.filter(([, engines]) => engines.includes('cdktn')).length).toBeGreaterThan(0);
  });

  test("jsii's run-time type information names the cdktn package", () => {
    const out = execFileSync(process.execPath, ['-e',
      "process.stdout.write(require('./lib').huaweicloud.VpcepEndpoint[Symbol.for('jsii.rtti')].fqn)"], { cwd: dir, encoding: 'utf-8' });
    expect(out).toBe('private-access-constructs-cdktn.huaweicloud.VpcepEndpoint');
  });

  test('aws loads aws-cdk-lib and not cdktn', () => {
    expect(enginesLoadedBy("Object.keys(require('./lib').aws)")).toEqual(['aws-cdk-lib']);
  });

  test('a Terraform construct synthesizes on cdktn', () => {
    // GIVEN a cdktn stack with the library's own provider class, WHEN it synthesizes, THEN the resource is there
    const out = execFileSync(process.execPath, ['-e', `
      const { TerraformStack, Testing } = require('cdktn');
      const { huaweicloud } = require('./lib');
      const stack = new TerraformStack(Testing.app(), 'stack');
      new huaweicloud.HuaweicloudProvider(stack, 'provider', { region: 'eu-west-101' });
      new huaweicloud.VpcepEndpoint(stack, 'endpoint', {
        serviceId: '813d9300-8473-405b-bfcd-f711117bad65', vpcId: '4e65f8b1-306d-4522-8ecd-aa374000e2a4',
        subnetId: '5d1c1d71-2613-4274-b34e-d82af550f967',
      });
      process.stdout.write(Testing.synth(stack));`], { cwd: dir, encoding: 'utf-8' });
    expect(Object.keys(JSON.parse(out).resource)).toEqual(['huaweicloud_vpcep_endpoint']);
  });
});

describe('API.md of the cdktn flavour', () => {
  test('names its own package and cdktn, and leaves other packages and member names alone', () => {
    // GIVEN lines as jsii-docgen writes them for the cdktf flavour
    const cdktf = [
      "import { huaweicloud } from 'private-access-constructs'",
      '| <code>cdktf.TerraformStack</code> | a cdktf stack |',
      '<a id="private-access-constructs.huaweicloud.VpcepEndpoint"></a>',
      'public readonly cdktfStack: TerraformStack;',
      'see @cdktf/provider-opentelekomcloud',
    ].join('\n');
    // WHEN rewritten, THEN the package and engine are cdktn's, while cdktfStack and @cdktf/... stay
    expect(rewriteApiDocs(cdktf, 'private-access-constructs').split('\n')).toEqual([
      "import { huaweicloud } from 'private-access-constructs-cdktn'",
      '| <code>cdktn.TerraformStack</code> | a cdktn stack |',
      '<a id="private-access-constructs-cdktn.huaweicloud.VpcepEndpoint"></a>',
      'public readonly cdktfStack: TerraformStack;',
      'see @cdktf/provider-opentelekomcloud',
    ]);
  });
});
