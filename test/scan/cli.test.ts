import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as cdktf from 'cdktf';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { VpcepEndpoint } from '../../lib/huaweicloud/generated/vpcep-endpoint';
import { main } from '../../lib/scan/cli';

const FIXTURES = path.join(__dirname, 'fixtures');
const TEMPLATE = path.join(FIXTURES, 'endpoints.template.yaml');
const PLAN = path.join(FIXTURES, 'plan.json');

/** Runs the command in this process, as the bin does, and keeps what it writes. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: text => { out += text; }, err: text => { err += text; } });
  return { code, out, err };
}

async function jsonFindings(...paths: string[]): Promise<Array<Record<string, unknown>>> {
  const { code, out } = await run('--format', 'json', ...paths);
  expect(code).toBe(1);
  return JSON.parse(out).findings;
}

/** The SARIF 2.1.0 schema as Microsoft ships it (OASIS rtm.5, rule-for-rule the published 2.1.0). */
function sarifValidator() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv');
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { ajv, validate: ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')) };
}

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('a CloudFormation template in YAML, short-form intrinsics included', () => {
  test('reports exactly the broken properties, each on its own line, intrinsics left alone', async () => {
    // GIVEN a template with a valid endpoint (references), a bad one and an AwsCustomResource snapshot share
    // WHEN it is checked
    const findings = await jsonFindings(TEMPLATE);
    // THEN the three literals that break a rule are reported, nothing else
    expect(findings.map(f => [f.resource, f.property, f.value, f.line])).toEqual([
      ['BadEndpoint', 'EndpointName', '"Reporting_Endpoint"', 20],
      ['BadEndpoint', 'ResourceOwner', '"1234"', 22],
      // inside a JSON string: the line of the property that holds it
      ['ShareWithPartner', 'Create.parameters.AccountWithRestoreAccess', '"partner"', 28],
    ]);
    expect(findings[0]).toEqual({
      file: TEMPLATE,
      line: 20,
      resource: 'BadEndpoint',
      type: 'AWS::Redshift::EndpointAccess',
      property: 'EndpointName',
      value: '"Reporting_Endpoint"',
      rule: expect.stringContaining('must contain only lower-case letters, digits and hyphens'),
      source: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html',
      severity: 'error',
    });
    expect(findings[1].rule).toBe('must be a 12-digit AWS account id');
    expect(findings[2]).toMatchObject({
      type: 'Custom::AWS',
      rule: 'must be a 12-digit AWS account id or "amazon-redshift-support"',
      source: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html',
    });
  });

  test('text, for people: one line per finding with its source, then a summary', async () => {
    const { code, out } = await run(TEMPLATE);
    expect(code).toBe(1);
    expect(out).toContain(`${TEMPLATE}:22: BadEndpoint (AWS::Redshift::EndpointAccess) ResourceOwner: "1234" must be a 12-digit AWS account id\n`
      + '    see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html');
    expect(out.trimEnd().split('\n').pop()).toBe('3 findings in 2 resources (3 resources of 1 file checked).');
  });
});

describe('a Terraform plan (terraform show -json)', () => {
  test('checks planned values of the root and child modules; unknown values are never literals', async () => {
    // GIVEN a plan whose unknown network_id and whitelist entry are null in planned_values, and a data source
    const findings = await jsonFindings(PLAN);
    // THEN only known literals are reported, data sources are not checked, and addresses name the module
    expect(findings.map(f => [f.resource, f.property, f.value])).toEqual([
      ['huaweicloud_vpcep_endpoint.reporting', 'tags["_sys_owner"]', '"_sys_owner"'],
      ['module.links.alicloud_privatelink_vpc_endpoint.this', 'vpc_endpoint_name', '"1-links"'],
      ['module.links.alicloud_privatelink_vpc_endpoint.this', 'zone_private_ip_address_count', '2'],
    ]);
    expect(findings[0]).toMatchObject({ type: 'huaweicloud_vpcep_endpoint', line: 19, rule: 'must not start with "_sys_" (reserved by the cloud)' });
    // AND the text report names the same three
    const text = (await run(PLAN)).out;
    expect(text).toContain(`${PLAN}:19: huaweicloud_vpcep_endpoint.reporting (huaweicloud_vpcep_endpoint) tags["_sys_owner"]: "_sys_owner"`);
    expect(text).toContain('module.links.alicloud_privatelink_vpc_endpoint.this (alicloud_privatelink_vpc_endpoint) vpc_endpoint_name: "1-links"');
    expect(text.trimEnd().split('\n').pop()).toBe('3 findings in 2 resources (2 resources of 1 file checked).');
  });
});

describe('SARIF', () => {
  test('is valid SARIF 2.1.0 that points each finding at its file and line', async () => {
    // GIVEN the template and the plan, WHEN reported as SARIF
    const { code, out } = await run('--format', 'sarif', TEMPLATE, PLAN);
    expect(code).toBe(1);
    const sarif = JSON.parse(out);
    // THEN the schema accepts it
    const { ajv, validate } = sarifValidator();
    expect(validate(sarif) ? 'valid' : ajv.errorsText(validate.errors)).toBe('valid');
    // AND each result names its rule and location
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(6);
    expect(results[0]).toMatchObject({
      ruleId: 'AWS::Redshift::EndpointAccess.EndpointName',
      level: 'error',
      locations: [{
        physicalLocation: { artifactLocation: { uri: path.relative(process.cwd(), TEMPLATE) }, region: { startLine: 20 } },
        logicalLocations: [{ fullyQualifiedName: 'BadEndpoint.EndpointName' }],
      }],
    });
    const rules = sarif.runs[0].tool.driver.rules;
    expect(rules[results[0].ruleIndex]).toMatchObject({
      id: 'AWS::Redshift::EndpointAccess.EndpointName',
      helpUri: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html',
    });
  });

  test('the schema check can fail: a result without a message is refused', async () => {
    const { out } = await run('--format', 'sarif', TEMPLATE);
    const sarif = JSON.parse(out);
    delete sarif.runs[0].results[0].message;
    expect(sarifValidator().validate(sarif)).toBe(false);
  });
});

describe('--output', () => {
  test('writes the report to the file instead of standard output', async () => {
    const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-')), 'findings.sarif');
    const { code, out } = await run('--format', 'sarif', '--output', output, TEMPLATE);
    expect([code, out]).toEqual([1, '']);
    expect(JSON.parse(fs.readFileSync(output, 'utf-8')).runs[0].results).toHaveLength(3);
  });
});

describe('exit codes', () => {
  test('0 and a summary when nothing breaks a rule', async () => {
    const clean = tempFile('clean.template.json', JSON.stringify({
      Resources: { Auth: { Type: 'AWS::Redshift::EndpointAuthorization', Properties: { Account: '123456789012', ClusterIdentifier: 'analytics' } } },
    }));
    expect(await run(clean)).toEqual({ code: 0, out: 'No findings in 1 resource of 1 file.\n', err: '' });
    expect(JSON.parse((await run('--format=json', clean)).out)).toEqual({
      findings: [], checked: { files: 1, resources: 1, otherResources: 0 }, skipped: [], modulesNotRead: [],
    });
  });

  test.each([
    ['no path', [], 'name at least one path to check'],
    ['an unknown format', ['--format', 'xml', TEMPLATE], '--format must be one of text, json, sarif (got "xml")'],
    ['an unknown option', ['--strict', TEMPLATE], 'unknown option --strict'],
    ['a missing file', ['/nonexistent/template.yaml'], '/nonexistent/template.yaml: no such file or directory'],
  ])('2 for a usage error: %s', async (_case, args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toContain(`private-access-check: ${message}`);
  });

  test.each([
    ['malformed JSON', 'bad.json', '{"Resources": '],
    ['a JSON file of another kind', 'package.json', '{"name": "x"}'],
  ])('2 for an unreadable input: %s', async (_case, name, content) => {
    const file = tempFile(name, content);
    const { code, err } = await run(file);
    expect(code).toBe(2);
    expect(err).toContain(`private-access-check: ${file}: `);
  });
});

describe('large inputs', () => {
  test('10,000 resources: every bad one reported, with progress on standard error', async () => {
    // GIVEN a Terraform configuration of 10,000 endpoints, every tenth with a bad whitelist entry
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) {
      resources[`endpoint_${i}`] = { service_id: 'svc', vpc_id: 'vpc', whitelist: [i % 10 === 0 ? '10.0.0.1/8' : '10.0.0.0/8'] };
    }
    const file = tempFile('cdk.tf.json', JSON.stringify({ resource: { opentelekomcloud_vpcep_endpoint_v1: resources } }, undefined, 2));
    // WHEN it is checked
    const { code, out, err } = await run('--format', 'json', file);
    // THEN each of the 1,000 bad entries is a finding, and the progress line says how many resources were read
    expect(code).toBe(1);
    expect(JSON.parse(out).findings).toHaveLength(1000);
    expect(err).toContain('private-access-check: 10000 resources checked');
  });
});

describe('the outputs of the engines', () => {
  test('a cdk.out directory: the templates of a CDK app with raw L1 endpoints, in all three formats', async () => {
    // GIVEN a CDK app with one valid raw endpoint and one with a bad name and a bad account, synthesized to cdk.out
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-out-'));
    const app = new cdk.App({ outdir });
    const stack = new cdk.Stack(app, 'Analytics');
    const props = { clusterIdentifier: 'analytics', subnetGroupName: 'subnets', vpcSecurityGroupIds: ['sg-0123456789abcdef0'] };
    new cdk.aws_redshift.CfnEndpointAccess(stack, 'Valid', { ...props, endpointName: 'reporting', resourceOwner: stack.account });
    new cdk.aws_redshift.CfnEndpointAccess(stack, 'Bad', { ...props, endpointName: 'Reporting_Endpoint', resourceOwner: '1234' });
    app.synth();
    // WHEN the directory is checked, THEN each format names exactly the two bad properties
    const findings = await jsonFindings(outdir);
    expect(findings.map(f => [f.file, f.resource, f.property])).toEqual([
      [path.join(outdir, 'Analytics.template.json'), 'Bad', 'EndpointName'],
      [path.join(outdir, 'Analytics.template.json'), 'Bad', 'ResourceOwner'],
    ]);
    const text = await run(outdir);
    expect(text.out).toMatch(/Analytics\.template\.json:\d+: Bad \(AWS::Redshift::EndpointAccess\) EndpointName: "Reporting_Endpoint"/);
    const sarif = JSON.parse((await run('--format', 'sarif', outdir)).out);
    expect(sarifValidator().validate(sarif)).toBe(true);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'AWS::Redshift::EndpointAccess.EndpointName', 'AWS::Redshift::EndpointAccess.ResourceOwner',
    ]);
  });

  test('a cdktf.out directory: raw resources from the library\'s bindings', async () => {
    // GIVEN a cdktf app with raw bindings, synthesized without the in-app validation
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-out-'));
    const app = new cdktf.App({ outdir });
    const stack = new cdktf.TerraformStack(app, 'Network');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
    const valid = new VpcepEndpoint(stack, 'Valid', { serviceId: 'svc', vpcId: 'vpc' });
    new VpcepEndpoint(stack, 'Bad', { serviceId: valid.serviceId, vpcId: 'vpc', whitelist: ['10.1.2.3/8'], description: 'a <b>' });
    app.synth();
    // WHEN cdktf.out is checked, THEN the two bad arguments are reported by Terraform address
    const findings = await jsonFindings(outdir);
    expect(findings.map(f => [path.basename(f.file as string), f.resource, f.property])).toEqual([
      ['cdk.tf.json', 'huaweicloud_vpcep_endpoint.Bad', 'whitelist[0]'],
      ['cdk.tf.json', 'huaweicloud_vpcep_endpoint.Bad', 'description'],
    ]);
    expect(sarifValidator().validate(JSON.parse((await run('--format', 'sarif', outdir)).out))).toBe(true);
    expect((await run(outdir)).out).toContain('huaweicloud_vpcep_endpoint.Bad (huaweicloud_vpcep_endpoint) [Network/Bad] whitelist[0]: "10.1.2.3/8"');
  });
});
