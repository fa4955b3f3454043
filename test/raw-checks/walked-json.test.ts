/**
 * A folder walk tells inputs by their content, not their name: a CloudFormation template or a Terraform JSON
 * configuration in a `.json` file of any name is read; the JSON that tools write beside them is not an input.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { main } from '../../lib/raw-checks/cli';
import { edgeLines } from '../support/access-map';

interface Report {
  readonly findings: Array<{ readonly file: string; readonly resource: string; readonly property: string }>;
  readonly checked: { readonly files: number; readonly resources: number };
  readonly skipped: Array<{ readonly file: string; readonly reason: string }>;
}

/** A fresh folder with `files` (name → JSON value) in it. */
function folder(files: Readonly<Record<string, unknown>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'walked-json-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), JSON.stringify(content, null, 2));
  }
  return dir;
}

async function check(dir: string): Promise<{ code: number; report?: Report; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--format', 'json', dir], { out: text => { out += text; }, err: text => { err += text; } });
  return { code, err, ...(out ? { report: JSON.parse(out) } : {}) };
}

/** A hand-written template under a name of its own: the grant's account is truncated. */
const STACK = {
  Resources: {
    PartnerGrant: { Type: 'AWS::Redshift::EndpointAuthorization', Properties: { ClusterIdentifier: 'analytics', Account: '12345' } },
  },
};
/** Terraform JSON under another name than `*.tf.json` (as a converter writes it): the whitelist CIDR is not a network. */
const NETWORK = {
  resource: {
    huaweicloud_vpcep_endpoint: {
      reporting: { service_id: 'a8f5b2c4-0000-4000-8000-000000000001', vpc_id: '3b4a6f1c-0000-4000-8000-000000000002', whitelist: ['10.1.2.3/8'] },
    },
  },
};
/** What tools write beside templates and configurations, and JSON that only happens to use a configuration's keys. */
const NOT_INPUTS = {
  'package.json': { name: 'infra', scripts: { synth: 'cdk synth' } },
  'package-lock.json': { name: 'infra', lockfileVersion: 3, packages: {} },
  'tsconfig.json': { compilerOptions: { strict: true } },
  'tsconfig.dev.json': { extends: './tsconfig.json' },
  'cdk.json': { app: 'npx ts-node bin/app.ts' },
  'cdk.out/manifest.json': { version: '36.0.0', artifacts: {} },
  'cdk.out/tree.json': { version: 'tree-0.1', tree: { id: 'App', path: '' } },
  'cdk.out/Analytics.assets.json': { version: '36.0.0', files: {} },
  'fixtures/users.json': { data: [{ id: 1 }, { id: 2 }] },
  'fixtures/response.json': { data: { id: 1 }, provider: 'github' },
  '.vscode/settings.json': { 'editor.tabSize': 2 },
};

describe('a folder walk reads JSON inputs whatever their names', () => {
  test('a template and a Terraform JSON configuration under names of their own are checked; other JSON is not an input', async () => {
    // GIVEN a project folder with a template in stack.json, Terraform JSON in network.json, and the JSON files of the tools
    const dir = folder({ 'stack.json': STACK, 'terraform/network.json': NETWORK, ...NOT_INPUTS });
    // WHEN the folder is checked
    const { code, report } = await check(dir);
    // THEN both inputs are read and their findings reported, and nothing else is counted as read or skipped
    expect(code).toBe(1);
    expect(report!.findings.map(f => `${path.relative(dir, f.file)} ${f.resource} ${f.property}`)).toEqual([
      'stack.json PartnerGrant Account',
      `${path.join('terraform', 'network.json')} huaweicloud_vpcep_endpoint.reporting whitelist[0]`,
    ]);
    expect(report!.checked).toMatchObject({ files: 2, resources: 2 });
    expect(report!.skipped).toEqual([]);
  });

  test('JSON meant as a template that is none is listed as skipped, not passed over', async () => {
    // GIVEN a template whose only resource lost its Type, beside a good one
    const broken = { AWSTemplateFormatVersion: '2010-09-09', Resources: { Grant: { Properties: { Account: '12345' } } } };
    const dir = folder({ 'stack.json': STACK, 'broken.json': broken });
    // WHEN the folder is checked
    const { report } = await check(dir);
    // THEN the broken one is named as skipped, with the reason
    expect(report!.skipped).toEqual([{ file: path.join(dir, 'broken.json'), reason: 'is not a CloudFormation template (no Resources with a Type)' }]);
    expect(report!.checked.files).toBe(1);
  });

  test('JSON of another name over 1 MB, more than CloudFormation takes as a template, is not read as one', async () => {
    // GIVEN a template beside a 2 MB JSON file that has a template's keys: exported data, as no deploy would take it
    const rows = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`Row${i}`, { Type: 'Export::Row', Properties: { Account: '12345' } }]));
    const dir = folder({ 'stack.json': STACK, 'export.json': { Resources: rows } });
    expect(fs.statSync(path.join(dir, 'export.json')).size).toBeGreaterThan(2_000_000);
    // WHEN the folder is checked
    const { report } = await check(dir);
    // THEN the template is checked, and the export is neither read nor counted
    expect(report!.findings.map(f => f.resource)).toEqual(['PartnerGrant']);
    expect(report!.checked).toMatchObject({ files: 1, resources: 1 });
  });

  test('the access map reads the same files', async () => {
    const { map, files } = await accessMapOf([folder({ 'stack.json': STACK, ...NOT_INPUTS })]);
    expect(files).toBe(1);
    expect(edgeLines(map)).toEqual(['12345 endpoint cluster:analytics <- PartnerGrant Account']);
  });
});
