/**
 * Every TypeScript snippet in README.md is a complete program: each is written to a temporary file with its package
 * import pointed at lib/, then compiled and run in a fresh Node process that synthesizes into a temporary directory.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { expectConformsToSchemas } from '../support/terraform-schema';

const ROOT = path.resolve(__dirname, '..', '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');

/** The ```ts blocks with the heading they stand under. */
function snippets(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  let heading = '';
  const lines = README.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('#')) heading = lines[i].replace(/^#+\s*/, '');
    if (lines[i].trim() === '```ts') {
      const end = lines.indexOf('```', i + 1);
      found.push([`${heading} (line ${i + 1})`, lines.slice(i + 1, end).join('\n')]);
      i = end;
    }
  }
  return found;
}

describe('README snippets', () => {
  const all = snippets();

  test('there is a snippet for every construct', () => {
    const headings = all.map(([h]) => h).join('\n');
    for (const construct of ['aws.RedshiftManagedEndpoint', 'aws.RedshiftEndpointAuthorization', 'aws.SnapshotShare',
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
      fs.writeFileSync(file, code.replace(/'private-access-constructs'/g, `'${path.join(ROOT, 'lib')}'`));
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
