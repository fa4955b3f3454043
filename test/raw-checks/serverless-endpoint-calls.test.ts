/**
 * An `AwsCustomResource` that calls Redshift Serverless CreateEndpointAccess or UpdateEndpointAccess makes or changes
 * a managed endpoint: its parameters get the rules of `RedshiftServerlessManagedEndpoint` and
 * `aws_redshiftserverless_endpoint_access`, in the checker and in the CDK plugin.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack, Validations, custom_resources as cr } from 'aws-cdk-lib';
import { RawResourceValidationPlugin } from '../../lib/aws/raw-resource-validation-plugin';
import { main } from '../../lib/raw-checks/cli';

const CREATE_ENDPOINT_ACCESS = 'https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateEndpointAccess.html';

/** A CreateEndpointAccess call's parameters that break no rule. */
const VALID = {
  endpointName: 'reporting',
  workgroupName: 'sales',
  ownerAccount: '555566667777',
  subnetIds: ['subnet-0a1b2c3d'],
  vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
};

const call = (parameters: object, action = 'createEndpointAccess', service = 'RedshiftServerless') =>
  JSON.stringify({ service, action, parameters, physicalResourceId: { id: 'reporting' } });

/** Runs the checker on a template of one `Custom::AWS` with `properties`; resolves to the JSON report. */
async function check(properties: Record<string, unknown>, format = 'json'): Promise<{ code: number; out: string }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'serverless-calls-')), 'endpoint.template.json');
  fs.writeFileSync(file, JSON.stringify({ Resources: { Endpoint: { Type: 'Custom::AWS', Properties: { ServiceToken: 'arn', ...properties } } } }));
  let out = '';
  const code = await main(['--format', format, file], { out: text => { out += text; }, err: () => undefined });
  return { code, out };
}

/** Each finding as `property value`. */
async function findings(properties: Record<string, unknown>): Promise<string[]> {
  const report = JSON.parse((await check(properties)).out);
  return (report.findings as Array<{ property: string; value: string; source: string }>).map(f => {
    expect(f.source).toBe(CREATE_ENDPOINT_ACCESS);
    return `${f.property} ${f.value}`;
  });
}

describe('an AwsCustomResource that calls CreateEndpointAccess', () => {
  test.each([
    ['RedshiftServerless', 'createEndpointAccess', 'SDK v2 names'],
    ['redshift-serverless', 'CreateEndpointAccessCommand', 'SDK v3 names'],
    ['@aws-sdk/client-redshift-serverless', 'CreateEndpointAccess', 'the v3 package'],
  ])('service %s, action %s (%s): its parameters are checked, as Redshift\'s call of the same name is not', async (service, action) => {
    // GIVEN the call in Create, and Redshift's (provisioned) call of the same name in Update, both with the same bad name
    const bad = { ...VALID, endpointName: 'Reporting_Endpoint' };
    // WHEN it is checked, THEN only the Redshift Serverless call is judged by the Serverless endpoint's rules
    expect(await findings({ Create: call(bad, action, service), Update: call(bad, action, 'Redshift') }))
      .toEqual(['Create.parameters.endpointName "Reporting_Endpoint"']);
  });

  test.each([
    ['endpointName', ['a', 'a'.repeat(30), 'reporting-1'], 'a'.repeat(31), 'Create.parameters.endpointName'],
    ['endpointName', ['a-b'], 'reporting-', 'Create.parameters.endpointName'],
    ['workgroupName', ['abc', 'a'.repeat(64)], 'ab', 'Create.parameters.workgroupName'],
    ['workgroupName', ['abc', 'a'.repeat(64)], 'a'.repeat(65), 'Create.parameters.workgroupName'],
    ['workgroupName', ['sales-2'], 'Sales', 'Create.parameters.workgroupName'],
    ['ownerAccount', ['555566667777'], '55556666777', 'Create.parameters.ownerAccount'],
    ['subnetIds', [['subnet-0a1b2c3d'], ['subnet-0a1b2c3d', 'subnet-0123456789abcdef0']], [], 'Create.parameters.subnetIds'],
    ['subnetIds', [['subnet-0A1B2C3D']], ['subnet-0a1b2c3'], 'Create.parameters.subnetIds[0]'],
    ['vpcSecurityGroupIds', [['sg-01234567'], ['sg-0123456789abcdef0']], ['sg-0123456'], 'Create.parameters.vpcSecurityGroupIds[0]'],
    ['vpcSecurityGroupIds', [['sg-01234567', 'sg-0123456789abcdef0']], ['sg-01234567', 'sg-01234567'], 'Create.parameters.vpcSecurityGroupIds[1]'],
  ])('%s: %j are valid, %j is reported at %s', async (parameter, valid, invalid, property) => {
    for (const value of valid) expect(await findings({ Create: call({ ...VALID, [parameter]: value }) })).toEqual([]);
    const reported = await findings({ Create: call({ ...VALID, [parameter]: invalid }) });
    expect(reported.map(r => r.split(' ')[0])).toEqual([property]);
  });

  test('values computed at deploy (an Fn::Join of the call) are never judged; the literals beside them are', async () => {
    // GIVEN a call whose workgroup and first subnet come from parameters, with a literal subnet that is too short
    const text = call({ ...VALID, workgroupName: '<workgroup>', subnetIds: ['<subnet>', 'subnet-1'] });
    const [head, rest] = text.split('<workgroup>');
    const [middle, tail] = rest.split('<subnet>');
    const create = { 'Fn::Join': ['', [head, { Ref: 'Workgroup' }, middle, { Ref: 'Subnet' }, tail]] };
    // WHEN it is checked, THEN only the literal subnet is reported
    expect(await findings({ Create: create })).toEqual(['Create.parameters.subnetIds[1] "subnet-1"']);
  });
});

describe('an AwsCustomResource that calls UpdateEndpointAccess', () => {
  test('the name and the security groups it takes are checked, in Update as in Create', async () => {
    const update = call({ endpointName: 'Reporting_Endpoint', vpcSecurityGroupIds: ['sg-1'] }, 'updateEndpointAccess');
    expect(await findings({ Create: call(VALID), Update: update })).toEqual([
      'Update.parameters.endpointName "Reporting_Endpoint"',
      'Update.parameters.vpcSecurityGroupIds[0] "sg-1"',
    ]);
  });
});

describe('SARIF', () => {
  test('a snapshot share and an endpoint call in one file are two rules, each with its own source', async () => {
    // GIVEN a template with a bad share call and a bad endpoint call, both in `Create`
    const share = JSON.stringify({ service: 'Redshift', action: 'authorizeSnapshotAccess', parameters: { SnapshotIdentifier: 'nightly', AccountWithRestoreAccess: 'partner' } });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'serverless-calls-')), 'both.template.json');
    fs.writeFileSync(file, JSON.stringify({
      Resources: {
        Share: { Type: 'Custom::AWS', Properties: { ServiceToken: 'arn', Create: share } },
        Endpoint: { Type: 'Custom::AWS', Properties: { ServiceToken: 'arn', Create: call({ ...VALID, ownerAccount: '1' }) } },
      },
    }));
    let out = '';
    await main(['--format', 'sarif', file], { out: text => { out += text; }, err: () => undefined });
    // WHEN the SARIF report is read
    const rules = JSON.parse(out).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
    // THEN each call has its rule, pointing at its own API page
    expect(rules.map(r => [r.id, r.helpUri])).toEqual([
      ['Custom::AWS.Create.API_AuthorizeSnapshotAccess', 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html'],
      ['Custom::AWS.Create.API_CreateEndpointAccess', CREATE_ENDPOINT_ACCESS],
    ]);
  });
});

describe('the CDK plugin', () => {
  test('fails the synth of an AwsCustomResource whose onCreate breaks a rule, naming the parameter', () => {
    // GIVEN an app with the plugin and an AwsCustomResource that creates an endpoint in a workgroup named in upper case
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'serverless-calls-')) });
    Validations.of(app).addPlugins(new RawResourceValidationPlugin());
    new cr.AwsCustomResource(new Stack(app, 'Analytics'), 'Endpoint', {
      onCreate: {
        service: 'RedshiftServerless',
        action: 'createEndpointAccess',
        parameters: { ...VALID, workgroupName: 'Sales' },
        physicalResourceId: cr.PhysicalResourceId.of('reporting'),
      },
      policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
    });
    // WHEN it synthesizes, THEN the report names the parameter
    expect(() => app.synth()).toThrow(/Create\.parameters\.workgroupName/);
  });
});
