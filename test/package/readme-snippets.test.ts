/**
 * Every TypeScript snippet in README.md and in the guides of docs/ is a complete program: each is written to a temporary
 * file with its package import pointed at the compiled lib/ (the cdktn flavour's at a copy of it rewritten for cdktn),
 * then compiled and run in a fresh Node process that synthesizes into a temporary directory.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { FLAVOUR_SUFFIX, rewriteTree } from '../../scripts/package-cdktn';
import { expectConformsToSchemas } from '../support/terraform-schema';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = 'private-access-constructs';
const PAGES = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter(f => f.endsWith('.md')).sort().map(f => `docs/${f}`)];
/** The README's snippets before its guides moved to docs/: a move that loses one fails here. */
const SNIPPETS_BEFORE_THE_MOVE = 16;

/** The ```ts blocks of a page, each with the page, the heading it stands under and its line. */
function snippets(page: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  let heading = '';
  const lines = fs.readFileSync(path.join(ROOT, page), 'utf-8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('#')) heading = lines[i].replace(/^#+\s*/, '');
    if (lines[i].trim() === '```ts') {
      const end = lines.indexOf('```', i + 1);
      found.push([`${page}: ${heading} (line ${i + 1})`, lines.slice(i + 1, end).join('\n')]);
      i = end;
    }
  }
  return found;
}

/** The compiled lib/ rewritten as the cdktn flavour ships it, inside the checkout so that cdktn resolves; made once. */
let cdktnLib: string | undefined;
function cdktnFlavour(): string {
  if (!cdktnLib) {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.snippet-cdktn-'));
    fs.cpSync(path.join(ROOT, 'lib'), path.join(dir, 'lib'), { recursive: true, filter: src => !src.endsWith('.ts') || src.endsWith('.d.ts') });
    rewriteTree(dir, PACKAGE);
    cdktnLib = path.join(dir, 'lib');
  }
  return cdktnLib;
}

describe('snippets of the README and the guides', () => {
  const all = PAGES.flatMap(snippets);
  afterAll(() => {
    if (cdktnLib) fs.rmSync(path.dirname(cdktnLib), { recursive: true, force: true });
  });

  test('no snippet was lost, and the README has a quick start for each engine', () => {
    process.stdout.write(`${all.length} snippets in ${PAGES.join(', ')}\n`);
    expect(all.length).toBeGreaterThanOrEqual(SNIPPETS_BEFORE_THE_MOVE);
    const readme = snippets('README.md').map(([, code]) => code);
    for (const engine of ['aws-cdk-lib', 'cdktf', 'cdktn']) {
      expect(readme.filter(code => code.includes(`from '${engine}'`))).not.toEqual([]);
    }
  });

  test('there is a snippet for every construct', () => {
    const headings = all.map(([h]) => h).join('\n');
    for (const construct of ['aws.RedshiftManagedEndpoint', 'aws.RedshiftEndpointAuthorization', 'aws.SnapshotShare',
      'aws.RedshiftServerlessManagedEndpoint', 'aws.RedshiftServerlessEndpointAuthorization',
      'huaweicloud.VpcepEndpoint', 'opentelekomcloud.VpcepEndpoint', 'alicloud.PrivateLinkEndpoint',
      'huaweicloud.VpcepService', 'opentelekomcloud.VpcepService', 'alicloud.PrivateLinkEndpointService']) {
      expect(headings).toContain(construct);
    }
  });

  test.each(all)('%s compiles, runs and synthesizes', (_heading, code) => {
    // GIVEN the snippet, importing the library from this checkout
    const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.snippet-'));
    try {
      const file = path.join(dir, 'snippet.ts');
      const flavour = `${PACKAGE}${FLAVOUR_SUFFIX}`;
      fs.writeFileSync(file, code
        .replace(new RegExp(`'${flavour}'`, 'g'), () => `'${cdktnFlavour()}'`)
        .replace(new RegExp(`'${PACKAGE}'`, 'g'), `'${path.join(ROOT, 'lib')}'`));
      const outdir = path.join(dir, 'out');
      // WHEN it runs (type-checked, so a snippet that no longer matches the API fails)
      execFileSync(process.execPath, ['-r', 'ts-node/register', file], {
        cwd: ROOT,
        env: {
          ...process.env,
          TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json'),
          TS_NODE_FILES: 'false',
          CDK_OUTDIR: outdir,
          CDKTF_OUTDIR: outdir,
          CHECKPOINT_DISABLE: '1',
        },
        stdio: 'pipe',
      });
      // THEN it synthesized something, and its Terraform conforms to the provider schemas
      const written = fs.readdirSync(outdir, { recursive: true }).map(String);
      expect(written.some(f => /(\.template\.json|cdk\.tf\.json)$/.test(f))).toBe(true);
      for (const terraform of written.filter(f => f.endsWith('cdk.tf.json'))) {
        expectConformsToSchemas(fs.readFileSync(path.join(outdir, terraform), 'utf-8'));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
