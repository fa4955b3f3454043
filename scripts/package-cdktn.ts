/**
 * Writes the CDK Terrain flavour of the package, `private-access-constructs-cdktn`, next to the cdktf one in dist/js/.
 * Runs after jsii-pacmak in `package:js`, so `npm run package` and `npm run test:consumer` build both tarballs.
 *
 * How: a mechanical rewrite of the packed cdktf tarball. Every module specifier `cdktf` (and `cdktf/...`) in the
 * compiled .js and .d.ts becomes `cdktn`, the generated bindings under lib/<cloud>/generated/ included; package.json
 * and the jsii assembly (.jsii) are renamed to the new package and name `cdktn@^0.24` where they named cdktf; the code
 * blocks of README.md and of the guides under docs/ import cdktn and the new package.
 *
 * Why a rewrite and not `@cdktn/provider-generator`: cdktn is CDKTF continued under a new name (see
 * https://github.com/open-constructs/cdk-terrain), and cdktn 0.24.0 exports every name the library and its bindings use
 * from cdktf 0.21 (TerraformStack, TerraformResource, TerraformProvider, Token, Fn, Annotations, Tokenization, the
 * *ToTerraform / *ToHclTerraform mappers, ...). The generator would cover only the bindings, while the hand-written
 * constructs import cdktf too, so they need the rewrite anyway; one mechanism for everything keeps the two flavours
 * identical except for the engine. `@cdktn/provider-generator@0.24.0` is on the registry, but pins jsii-pacmak 1.128 and
 * constructs 10.6.0, a second toolchain beside the cdktf one; run on schemas/*.json, it writes the same bindings as
 * `@cdktf/provider-generator@0.21.0` apart from the module name and prose (a URL in an error message, doc comments).
 * The rewrite is checked, not trusted: this script fails on any cdktf specifier it did not rewrite and on any cdktn type
 * the assembly names that cdktn does not have, and `npm run test:consumer` type-checks the rewritten .d.ts against cdktn (skipLibCheck false) and synthesizes with it.
 *
 * .jsii: kept, as a valid assembly of the new package (jsii tools and jsii libraries that depend on this one read it).
 * Its name, its types' fully qualified names and the dependency on cdktf are renamed, the cdktf entry of the
 * dependency closure is rebuilt from cdktn's own assembly, and the fingerprint is recomputed (jsii's definition: the
 * SHA-256, base64, of the assembly's JSON without the fingerprint). Leaving the cdktf assembly in the cdktn package
 * would make it claim a dependency on cdktf that its code never loads.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'js');
const FROM_ENGINE = 'cdktf';
const TO_ENGINE = 'cdktn';
export const FLAVOUR_SUFFIX = '-cdktn';

/**
 * A module specifier naming cdktf or one of its files: `require("cdktf")`, `from 'cdktf'`, `import("cdktf/lib/x")`,
 * `import 'cdktf'`, `import x = require('cdktf')`. `@cdktf/...` and `cdktf-cli` are other packages and stay.
 */
const ENGINE_SPECIFIER = /(\brequire\(\s*|\bimport\(\s*|\bfrom\s+|\bimport\s+)(['"])cdktf(\/[^'"\s]*)?\2/g;
/** Any string literal that still names the engine module after the rewrite: the script fails on it. */
const LEFTOVER_ENGINE_STRING = /(['"])cdktf(\/[^'"\s]*)?\1/;

/** Rewrites the cdktf module specifiers of one .js or .d.ts file to cdktn; returns the text and how many it changed. */
export function rewriteEngineSpecifiers(code: string): { code: string; count: number } {
  let count = 0;
  const rewritten = code.replace(ENGINE_SPECIFIER, (_m, before: string, quote: string, sub: string | undefined) => {
    count++;
    return `${before}${quote}${TO_ENGINE}${sub ?? ''}${quote}`;
  });
  return { code: rewritten, count };
}

/** The line of the first string literal naming cdktf as a module, if any is left. */
export function leftoverEngineString(code: string): string | undefined {
  return code.split('\n').find(line => LEFTOVER_ENGINE_STRING.test(line));
}

/**
 * The `constructs` range of the cdktn flavour: the cdktf flavour's floor, under cdktn's own ceiling (cdktn 0.24
 * takes `>=10.6.0 <10.8.0`, while aws-cdk-lib and cdktf take any 10.x from their floors).
 */
export function cdktnConstructsRange(cdktfRange: string, cdktnPeerRange: string): string {
  const floor = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(cdktfRange)?.[1];
  const ceiling = /<\s*(\d+\.\d+\.\d+)/.exec(cdktnPeerRange)?.[1];
  if (floor === undefined) throw new Error(`the constructs range ${cdktfRange} has no floor this script understands`);
  return ceiling === undefined ? `^${floor}` : `>=${floor} <${ceiling}`;
}

/** package.json of the cdktn flavour: new name, cdktn instead of cdktf as the optional peer, cdktn's constructs range. */
export function rewritePackageJson(pkg: any, cdktnRange: string, constructsRange = pkg.peerDependencies?.constructs): any {
  const out = { ...pkg, name: `${pkg.name}${FLAVOUR_SUFFIX}` };
  out.description = String(pkg.description ?? '').replace(/\bCDKTF\b/g, 'CDK Terrain');
  out.keywords = (pkg.keywords ?? []).map((k: string) => (k === FROM_ENGINE ? TO_ENGINE : k));
  out.peerDependencies = renameKey(pkg.peerDependencies ?? {}, FROM_ENGINE, TO_ENGINE, cdktnRange);
  if (out.peerDependencies.constructs !== undefined) out.peerDependencies.constructs = constructsRange;
  out.peerDependenciesMeta = renameKey(pkg.peerDependenciesMeta ?? {}, FROM_ENGINE, TO_ENGINE);
  // The cdktf flavour's build tools: a consumer never installs them, and they name cdktf.
  delete out.devDependencies;
  return out;
}

function renameKey(obj: Record<string, any>, from: string, to: string, value?: any): Record<string, any> {
  if (!(from in obj)) throw new Error(`expected "${from}" in ${JSON.stringify(obj)}`);
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => (k === from ? [to, value ?? v] : [k, v])));
}

/** What jsii records for a dependency in `dependencyClosure`: its targets and those of its submodules. */
export function closureEntry(assembly: any): any {
  const submodules = Object.fromEntries(Object.entries<any>(assembly.submodules ?? {})
    .map(([name, sm]) => [name, sm.targets ? { targets: sm.targets } : {}]));
  return { ...(Object.keys(submodules).length ? { submodules } : {}), targets: assembly.targets };
}

/** The jsii fingerprint: SHA-256 (base64) of the assembly's JSON without its fingerprint. */
export function fingerprint(assembly: any): string {
  const { fingerprint: _old, ...rest } = assembly;
  return createHash('sha256').update(JSON.stringify(rest)).digest('base64');
}

/**
 * The jsii assembly of the cdktn flavour. Names (keys and values) that are the package, cdktf, or a fully qualified
 * name inside either are renamed; prose (readme, docs, description) is left as written.
 */
export function rewriteAssembly(assembly: any, cdktnAssembly: any, cdktnRange: string, constructsRange = assembly.dependencies?.constructs): any {
  const oldName: string = assembly.name;
  const newName = `${oldName}${FLAVOUR_SUFFIX}`;
  const renames: Array<[string, string]> = [[oldName, newName], [FROM_ENGINE, TO_ENGINE]];
  const rename = (s: string): string => {
    for (const [from, to] of renames) {
      if (s === from || s.startsWith(`${from}.`)) return `${to}${s.slice(from.length)}`;
    }
    return s;
  };
  const PROSE = new Set(['readme', 'docs', 'description', 'author', 'repository', 'homepage', 'metadata']);
  const walk = (value: any): any => {
    if (typeof value === 'string') return rename(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [rename(k), PROSE.has(k) ? v : walk(v)]));
    }
    return value;
  };
  const { dependencies, dependencyClosure, fingerprint: _old, ...rest } = assembly;
  const out = walk(rest);
  out.dependencies = renameKey(dependencies, FROM_ENGINE, TO_ENGINE, cdktnRange);
  if (out.dependencies.constructs !== undefined) out.dependencies.constructs = constructsRange;
  out.dependencyClosure = renameKey(dependencyClosure, FROM_ENGINE, TO_ENGINE, closureEntry(cdktnAssembly));
  out.fingerprint = fingerprint(out);
  return out;
}

/** Every `fqn` a type reference in the assembly points at. */
export function referencedFqns(value: any, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach(v => referencedFqns(v, into));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'fqn' && typeof v === 'string') into.add(v);
      else referencedFqns(v, into);
    }
  }
  return into;
}

/**
 * API.md for the cdktn flavour: its own package in every import and anchor, and cdktn wherever the cdktf flavour's
 * names cdktf (types such as `cdktf.TerraformStack`, imports, prose). Other packages (`@cdktf/...`) stay.
 */
export function rewriteApiDocs(markdown: string, packageName: string): string {
  const ownName = new RegExp(`\\b${packageName.replace(/[-.]/g, '\\$&')}(?=['.])`, 'g');
  return markdown
    .replace(ownName, `${packageName}${FLAVOUR_SUFFIX}`)
    .replace(new RegExp(`(?<![@/\\w-])${FROM_ENGINE}(?![\\w-])`, 'g'), TO_ENGINE);
}

/** The section of the README and the guides that speaks of both flavours on purpose: it stays as written. */
const BOTH_FLAVOURS_SECTION = '## CDK Terrain (cdktn)';

/**
 * A guide of docs/ for the cdktn flavour, so that what a cdktn user copies works: in code blocks, imports of cdktf and
 * of the package become cdktn and the cdktn flavour, and install commands name them (the cdktf flavour's install line
 * is left out). Prose, and the section about both flavours, stay as written.
 */
export function rewriteGuide(markdown: string, packageName: string): string {
  const flavour = `${packageName}${FLAVOUR_SUFFIX}`;
  const ownModule = new RegExp(`(['"])${packageName.replace(/[-.]/g, '\\$&')}(/[^'"\\s]*)?\\1`, 'g');
  const ownInstall = new RegExp(`(\\binstall\\s+)${packageName.replace(/[-.]/g, '\\$&')}(?=\\s)`, 'g');
  const out: string[] = [];
  let section = '';
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    if (fence === undefined && /^## /.test(line)) section = line.trim();
    const fenceMatch = /^\s*```(\w*)/.exec(line);
    if (fenceMatch) {
      fence = fence === undefined ? fenceMatch[1] : undefined;
      out.push(line);
      continue;
    }
    if (fence === undefined || section === BOTH_FLAVOURS_SECTION) {
      out.push(line);
    } else if (fence === 'sh') {
      if (/\binstall\b/.test(line) && new RegExp(`\\b${FROM_ENGINE}(@|\\s|$)`).test(line)) continue;
      out.push(line.replace(ownInstall, `$1${flavour}`));
    } else {
      out.push(rewriteEngineSpecifiers(line).code.replace(ownModule, `$1${flavour}$2$1`));
    }
  }
  return out.join('\n');
}

/** README.md for the cdktn flavour: rewritten as a guide is, and its title and a note name the flavour. */
export function rewriteReadme(markdown: string, packageName: string): string {
  const flavour = `${packageName}${FLAVOUR_SUFFIX}`;
  const [title, ...rest] = rewriteGuide(markdown, packageName).split('\n');
  if (title !== `# ${packageName}`) throw new Error(`README.md does not start with "# ${packageName}"`);
  return [`# ${flavour}`, '',
    `> The CDK Terrain (cdktn) flavour of \`${packageName}\`: the same constructs and namespaces, built on cdktn instead of`,
    `> cdktf. Install it with \`cdktn\`, and import \`cdktn\` and \`${flavour}\` (as the examples below do).`,
    ...rest].join('\n');
}

/**
 * Rewrites, in place, every .js and .d.ts under `dir` (a copy of the package) for cdktn: module specifiers, and the
 * assembly name in jsii's run-time type information. Fails on a cdktf module name left or on none found at all.
 */
export function rewriteTree(dir: string, packageName: string): { specifiers: number; files: number } {
  let specifiers = 0;
  let files = 0;
  for (const file of filesUnder(dir).filter(f => /\.(js|d\.ts)$/.test(f))) {
    const full = path.join(dir, file);
    const original = fs.readFileSync(full, 'utf-8');
    const rewritten = rewriteEngineSpecifiers(original);
    // jsii's run-time type information names the assembly, which is renamed too.
    const code = rewritten.code.replace(new RegExp(`(fqn: ")${packageName}\\.`, 'g'), `$1${packageName}${FLAVOUR_SUFFIX}.`);
    const leftover = leftoverEngineString(code);
    if (leftover) throw new Error(`${file}: a cdktf module name was not rewritten: ${leftover.trim()}`);
    if (code !== original) {
      fs.writeFileSync(full, code);
      files++;
    }
    specifiers += rewritten.count;
  }
  if (specifiers === 0) throw new Error('no cdktf module specifier found: did the compiled output change?');
  return { specifiers, files };
}

/**
 * Refuses a packed root barrel that is not the lazy one `scripts/lazy-index.ts` writes after jsii: an eager one loads
 * every engine, so a project with one engine fails on import. (Run `npm run compile:all`, or `npm run package`.)
 */
export function checkLazyRoot(indexJs: string): void {
  if (!indexJs.includes('function loadNamespace(') || /^exports\.\w+ = __importStar\(require\("\.\//m.test(indexJs)) {
    throw new Error('the packed lib/index.js is not the lazy root barrel (an eager one loads every engine): '
      + 'run `npm run compile:all` (its post-compile step makes the barrel lazy) before packing, or `npm run package`');
  }
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf-8' }).filter(f => fs.statSync(path.join(dir, f)).isFile());
}

function tarList(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf-8' }).split('\n').filter(Boolean).sort();
}

function main(): void {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf-8'));
  const cdktnVersion: string = pkg.devDependencies[TO_ENGINE];
  const cdktnRange = `^${cdktnVersion}`;
  const constructsRange = cdktnConstructsRange(pkg.peerDependencies.constructs,
    JSON.parse(fs.readFileSync(require.resolve(`${TO_ENGINE}/package.json`), 'utf-8')).peerDependencies.constructs);
  const cdktfTarballs = fs.readdirSync(DIST).filter(f => f.startsWith(`${pkg.name}@`) && f.endsWith('.tgz'));
  if (cdktfTarballs.length !== 1) throw new Error(`expected one ${pkg.name}@*.tgz in dist/js, found ${cdktfTarballs.join(', ') || 'none'}`);
  const source = path.join(DIST, cdktfTarballs[0]);

  // Staged under dist/, which git and npm ignore, and removed when done.
  const staging = path.join(ROOT, 'dist', '.cdktn-staging');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  try {
    execFileSync('tar', ['-xzf', source, '-C', staging]);
    const dir = path.join(staging, 'package');
    checkLazyRoot(fs.readFileSync(path.join(dir, 'lib', 'index.js'), 'utf-8'));

    const { specifiers, files } = rewriteTree(dir, pkg.name);
    const apiDocs = path.join(dir, 'API.md');
    fs.writeFileSync(apiDocs, rewriteApiDocs(fs.readFileSync(apiDocs, 'utf-8'), pkg.name));
    const readme = path.join(dir, 'README.md');
    fs.writeFileSync(readme, rewriteReadme(fs.readFileSync(readme, 'utf-8'), pkg.name));
    // The README links to the guides, which ship beside it.
    const docs = path.join(dir, 'docs');
    const guides = fs.existsSync(docs) ? filesUnder(docs).filter(f => f.endsWith('.md')).map(f => path.join(docs, f)) : [];
    if (!guides.length) throw new Error('the packed package has no guides under docs/, which its README links to');
    for (const guide of guides) fs.writeFileSync(guide, rewriteGuide(fs.readFileSync(guide, 'utf-8'), pkg.name));

    const pkgFile = path.join(dir, 'package.json');
    const newPkg = rewritePackageJson(JSON.parse(fs.readFileSync(pkgFile, 'utf-8')), cdktnRange, constructsRange);
    fs.writeFileSync(pkgFile, `${JSON.stringify(newPkg, null, 2)}\n`);

    const cdktnAssembly = JSON.parse(fs.readFileSync(require.resolve(`${TO_ENGINE}/.jsii`), 'utf-8'));
    const assemblyFile = path.join(dir, '.jsii');
    const assembly = JSON.parse(fs.readFileSync(assemblyFile, 'utf-8'));
    // The closure entry is rebuilt the way jsii built cdktf's: check that against cdktf's own assembly first.
    const cdktfAssembly = JSON.parse(fs.readFileSync(require.resolve(`${FROM_ENGINE}/.jsii`), 'utf-8'));
    if (JSON.stringify(closureEntry(cdktfAssembly)) !== JSON.stringify(assembly.dependencyClosure[FROM_ENGINE])) {
      throw new Error('the dependency closure entry jsii wrote for cdktf is not what closureEntry() builds');
    }
    const newAssembly = rewriteAssembly(assembly, cdktnAssembly, cdktnRange, constructsRange);
    const missing = [...referencedFqns(newAssembly.types)].filter(fqn =>
      (fqn.startsWith(`${TO_ENGINE}.`) && !(fqn in cdktnAssembly.types))
      || (fqn.startsWith(`${newAssembly.name}.`) && !(fqn in newAssembly.types)));
    if (missing.length) throw new Error(`the cdktn assembly refers to types that do not exist: ${missing.join(', ')}`);
    fs.writeFileSync(assemblyFile, `${JSON.stringify(newAssembly, null, 2)}\n`);

    fs.mkdirSync(path.join(staging, 'pack'));
    const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', path.join(staging, 'pack')], { cwd: dir, encoding: 'utf-8' }).trim();
    const target = path.join(DIST, cdktfTarballs[0].replace(`${pkg.name}@`, `${newPkg.name}@`));
    fs.renameSync(path.join(staging, 'pack', packed.split('\n').pop()!), target);

    // Same files in both flavours: npm pack must not have dropped or added any.
    const before = tarList(source);
    const after = tarList(target);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      throw new Error(`the cdktn tarball's files differ from the cdktf tarball's: ${after.filter(f => !before.includes(f)).concat(before.filter(f => !after.includes(f))).join(', ')}`);
    }
    process.stdout.write(`package-cdktn: ${path.relative(ROOT, target)} (${(fs.statSync(target).size / 1024).toFixed(1)} KiB), `
      + `${specifiers} cdktf specifiers rewritten in ${files} files, .jsii renamed to ${newAssembly.name}\n`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err: any) {
    process.stderr.write(`package-cdktn: ${err.message ?? err}\n`);
    process.exit(1);
  }
}
