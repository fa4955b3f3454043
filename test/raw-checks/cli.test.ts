import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk from 'aws-cdk-lib';
import * as cdktf from 'cdktf';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { VpcepEndpoint } from '../../lib/huaweicloud/generated/vpcep-endpoint';
import { main } from '../../lib/raw-checks/cli';

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
    ['a second --format', ['--format', 'json', '--format', 'sarif', TEMPLATE], '--format is given more than once'],
    ['--output without its file', [TEMPLATE, '--output'], '--output needs a value'],
    ['a missing file', ['/nonexistent/template.yaml'], '/nonexistent/template.yaml: no such file or directory'],
  ])('2 for a usage error: %s', async (_case, args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toContain(`private-access-check: ${message}`);
  });

  test.each([['--help'], ['-h']])('%s prints the usage and exits 0', async flag => {
    // WHEN
    const { code, out } = await run(flag);
    // THEN
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: private-access-check .*--var-file <file>/);
  });

  test('--version prints the package version', async () => {
    // GIVEN
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf-8'));
    // WHEN / THEN
    expect(await run('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
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

describe('a folder of YAML', () => {
  /** A template without .template in its name, as hand-written projects name them. */
  const stack = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Resources:',
    '  Endpoint:',
    '    Type: AWS::Redshift::EndpointAccess',
    '    Metadata:',
    '      aws:cdk:path: Analytics/Endpoint/Resource',
    '    Properties:',
    '      ClusterIdentifier: analytics',
    '      EndpointName: Reporting_Endpoint',
    '      SubnetGroupName: !Ref Subnets',
    '      VpcSecurityGroupIds: [!GetAtt Sg.GroupId]',
  ].join('\n');
  const workflow = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx private-access-check .\n';

  test.each([
    ['stack.yaml', 'a *.yaml template'],
    ['infra/stack.yml', 'a *.yml template in a subfolder'],
    ['stack.template.yaml', 'a *.template.yaml'],
  ])('%s (%s) is read; a CI workflow beside it is listed as skipped, not read as a template', async (name) => {
    // GIVEN a folder with a template and a GitHub workflow
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-yaml-'));
    fs.mkdirSync(path.join(dir, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), stack);
    fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.github', 'workflows', 'ci.yml'), workflow);
    // WHEN the folder is checked
    const { code, out } = await run(dir);
    // THEN the template's finding is reported, and the workflow is named as skipped
    expect(code).toBe(1);
    expect(out).toBe(`${path.join(dir, name)}:9: Endpoint (AWS::Redshift::EndpointAccess) [Analytics/Endpoint/Resource] EndpointName: `
      + '"Reporting_Endpoint" must contain only lower-case letters, digits and hyphens (the Redshift API doc also allows upper case, '
      + 'but CloudFormation does not)\n    see https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html\n'
      + `skipped ${path.join(dir, '.github', 'workflows', 'ci.yml')}: is not a CloudFormation template (no Resources with a Type)\n`
      + '1 finding in 1 resource (1 resource of 1 file checked; 1 file skipped).\n');
  });

  test('a folder of nothing but skipped files is an input error that says what was skipped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-yaml-'));
    fs.writeFileSync(path.join(dir, 'ci.yml'), workflow);
    const { code, err } = await run(dir);
    expect(code).toBe(2);
    expect(err).toBe(`private-access-check: ${dir}: no templates, Terraform configurations or plans found `
      + `(${path.join(dir, 'ci.yml')}: is not a CloudFormation template (no Resources with a Type))\n`);
  });
});

describe('what was not checked', () => {
  test('resources of other types are counted as not checked, never as checked', async () => {
    const file = tempFile('main.tf.json', JSON.stringify({
      resource: { huaweicloud_vpc: { main: { cidr: '10.0.0.0/8' } }, huaweicloud_vpcep_endpoint: { this: { service_id: 's', vpc_id: 'v' } } },
    }));
    const { code, out } = await run(file);
    expect([code, out]).toEqual([0, 'No findings in 1 resource of 1 file (1 resource of other types not checked).\n']);
    expect(JSON.parse((await run('--format', 'json', file)).out).checked).toEqual({ files: 1, resources: 1, otherResources: 1 });
  });
});

describe('attribute lines in JSON templates and plans', () => {
  test.each([
    ['a JSON template', 'EndpointName', 10],
    ['a JSON template (a list entry)', 'VpcSecurityGroupIds[1]', 14],
  ])('%s: %s on line %d', async (_case, property, line) => {
    const template = {
      Resources: {
        Endpoint: {
          Type: 'AWS::Redshift::EndpointAccess',
          Metadata: { 'aws:cdk:path': 'Analytics/Endpoint/Resource' },
          Properties: { ClusterIdentifier: 'analytics', EndpointName: 'Bad_Name', SubnetGroupName: 's', VpcSecurityGroupIds: ['sg-0123456789abcdef0', 'sg-1'] },
        },
      },
    };
    const file = tempFile('stack.template.json', JSON.stringify(template, undefined, 2));
    const findings = await jsonFindings(file);
    expect(findings.find(f => f.property === property)).toMatchObject({ line, constructPath: 'Analytics/Endpoint/Resource' });
  });
});

describe('SARIF for code scanning', () => {
  test('names the tool\'s version and page, one rule per check with its help, and what was not read', async () => {
    // GIVEN a folder with a bad endpoint, a registry module and a skipped variable file
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-access-check-sarif-'));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({
      resource: { huaweicloud_vpcep_endpoint: { a: { service_id: 's', vpc_id: 'v', whitelist: ['10.0.0.1/8', '192.168.0.1/24'] } } },
      module: { vpc: { source: 'terraform-huaweicloud-modules/vpc/huaweicloud' } },
    }));
    fs.writeFileSync(path.join(dir, 'prod.tfvars'), 'x = 1\n');
    // WHEN it is reported as SARIF
    const sarif = JSON.parse((await run('--format', 'sarif', dir)).out);
    // THEN the schema accepts it
    const { ajv, validate } = sarifValidator();
    expect(validate(sarif) ? 'valid' : ajv.errorsText(validate.errors)).toBe('valid');
    // AND the driver names the package's version and page
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf-8'));
    const driver = sarif.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'private-access-check', version, informationUri: 'https://example.com/private-access-constructs' });
    // AND both results share the one rule of the check, whose help states the rules and their source
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['huaweicloud_vpcep_endpoint.whitelist', 'huaweicloud_vpcep_endpoint.whitelist']);
    expect(driver.rules).toHaveLength(1);
    expect(driver.rules[0].help.text).toMatch(/^whitelist .*host bits.*\. Source: https:\/\/support\.huaweicloud\.com\//);
    // AND what was not read is a warning of the run, never a result
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      'skipped: Terraform reads this variable file only when named with -var-file: name it with --var-file',
      'module.vpc not read: its source "terraform-huaweicloud-modules/vpc/huaweicloud" is a registry or remote module, which only terraform init fetches',
    ]);
  });
});
