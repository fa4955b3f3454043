/**
 * CloudFormation values as the deploy reads them: dynamic references resolve only at deploy time, so they are never
 * judged as literals (by the checker or by the CDK plugin); a security group ID has 8 or 17 hexadecimal digits.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aws, CfnCondition, Fn, Stack, Validations, aws_ec2 as ec2, aws_redshift as redshift } from 'aws-cdk-lib';
import { RawResourceValidationPlugin } from '../../lib/aws/raw-resource-validation-plugin';
import { RedshiftManagedEndpoint } from '../../lib/aws/redshift-managed-endpoint';
import { main } from '../../lib/raw-checks/cli';
import { outcome } from '../support/validation';

const ENDPOINT = {
  ClusterIdentifier: 'analytics',
  EndpointName: 'reporting',
  SubnetGroupName: 'analytics-subnets',
  ResourceOwner: '111122223333',
  VpcSecurityGroupIds: ['sg-0123456789abcdef0'],
};

/** The properties the checker reports for one `AWS::Redshift::EndpointAccess` with `properties`. */
async function reported(properties: Record<string, unknown>): Promise<string[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-values-')), 'endpoint.template.json');
  fs.writeFileSync(file, JSON.stringify({ Resources: { Endpoint: { Type: 'AWS::Redshift::EndpointAccess', Properties: properties } } }));
  let out = '';
  await main(['--format', 'json', file], { out: text => { out += text; }, err: () => undefined });
  return (JSON.parse(out).findings as Array<{ property: string }>).map(f => f.property);
}

/** Whether an app with a raw `CfnEndpointAccess` with `properties` synthesizes with the plugin. */
function pluginAccepts(properties: redshift.CfnEndpointAccessProps): boolean {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-values-')) });
  Validations.of(app).addPlugins(new RawResourceValidationPlugin());
  new redshift.CfnEndpointAccess(new Stack(app, 'Analytics'), 'Endpoint', properties);
  try {
    app.synth();
    return true;
  } catch {
    return false;
  }
}

describe('dynamic references are values known only at deploy time', () => {
  test.each([
    ['EndpointName from SSM', { EndpointName: '{{resolve:ssm:/analytics/endpoint-name}}' }],
    ['ResourceOwner from SSM', { ResourceOwner: '{{resolve:ssm:/analytics/owner-account:3}}' }],
    ['ResourceOwner from Secrets Manager', { ResourceOwner: '{{resolve:secretsmanager:analytics:SecretString:account}}' }],
    ['a security group ID from SSM', { VpcSecurityGroupIds: ['{{resolve:ssm:/analytics/sg}}'] }],
    ['a reference inside a longer string', { EndpointName: 'reporting-{{resolve:ssm:/analytics/stage}}' }],
  ])('%s: the checker reports nothing', async (_case, override) => {
    expect(await reported({ ...ENDPOINT, ...override })).toEqual([]);
  });

  test('the CDK plugin lets a raw resource with dynamic references through', () => {
    expect(pluginAccepts({
      clusterIdentifier: 'analytics',
      endpointName: '{{resolve:ssm:/analytics/endpoint-name}}',
      subnetGroupName: 'analytics-subnets',
      resourceOwner: '{{resolve:ssm:/analytics/owner-account}}',
      vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
    })).toBe(true);
  });

  test('a literal beside them is still checked', async () => {
    expect(await reported({ ...ENDPOINT, EndpointName: '{{resolve:ssm:/name}}', ResourceOwner: '1234' })).toEqual(['ResourceOwner']);
  });
});

describe('a security group ID has 8 or 17 hexadecimal digits after "sg-"', () => {
  test.each([
    ['8 digits (IDs before 2016)', 'sg-01234567', true],
    ['17 digits', 'sg-0123456789abcdef0', true],
    ['7 digits', 'sg-0123456', false],
    ['9 digits', 'sg-012345678', false],
    ['16 digits', 'sg-0123456789abcdef', false],
    ['18 digits', 'sg-0123456789abcdef01', false],
  ])('%s: %s → valid: %s', async (_case, id, valid) => {
    // WHEN a raw endpoint and the L2 use the ID
    const stack = new Stack(new App(), 'L2');
    const l2 = outcome(() => new RedshiftManagedEndpoint(stack, 'Endpoint', {
      clusterIdentifier: 'analytics',
      endpointName: 'reporting',
      subnetGroupName: 'analytics-subnets',
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', id)],
    }));
    // THEN both accept it exactly when it has 8 or 17 digits
    expect(await reported({ ...ENDPOINT, VpcSecurityGroupIds: [id] })).toEqual(valid ? [] : ['VpcSecurityGroupIds[0]']);
    expect(l2).toBe(valid ? 'ok' : 'invalid');
  });
});

describe('an AwsCustomResource snapshot share whose call is an Fn::Sub or Fn::Join', () => {
  const call = (account: string) => '{"service":"Redshift","action":"authorizeSnapshotAccess","parameters":{'
    + `"SnapshotIdentifier":"\${Snapshot}","SnapshotClusterIdentifier":"analytics","AccountWithRestoreAccess":"${account}"}}`;

  /** `text` as the CDK writes it with a token in it: an `Fn::Join` of its parts, `marker` a `Ref`. */
  const joined = (text: string, marker: string) => {
    const [before, after] = text.split(marker);
    return { 'Fn::Join': ['', [before, { Ref: 'Value' }, after]] };
  };

  /** The findings of one `Custom::AWS` whose `Create` is `create`, as `property value`. */
  async function shareFindings(create: unknown): Promise<string[]> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-values-')), 'share.template.json');
    fs.writeFileSync(file, JSON.stringify({ Resources: { Share: { Type: 'Custom::AWS', Properties: { ServiceToken: 'arn', Create: create } } } }));
    let out = '';
    await main(['--format', 'json', file], { out: text => { out += text; }, err: () => undefined });
    return (JSON.parse(out).findings as Array<{ property: string; value: string }>).map(f => `${f.property} ${f.value}`);
  }

  test.each([
    ['Fn::Sub, a literal account', { 'Fn::Sub': call('partner') }, ['Create.parameters.AccountWithRestoreAccess "partner"']],
    ['Fn::Sub, the account from a parameter', { 'Fn::Sub': call('${Partner}') }, []],
    ['Fn::Sub list form, a literal account', { 'Fn::Sub': [call('partner'), { Snapshot: 'nightly' }] }, ['Create.parameters.AccountWithRestoreAccess "partner"']],
    ['Fn::Sub, a valid literal account', { 'Fn::Sub': call('222233334444') }, []],
    ['Fn::Join, a literal account', joined(call('partner'), '${Snapshot}'), ['Create.parameters.AccountWithRestoreAccess "partner"']],
    ['Fn::Join, the account from a parameter', joined(call('<account>'), '<account>'), []],
  ])('%s: literal parameters are checked, computed ones are not', async (_case, create, expected) => {
    // GIVEN a share whose call's JSON is built by an intrinsic, WHEN it is checked, THEN only its literals are judged
    expect(await shareFindings(create)).toEqual(expected);
  });
});

describe('an intrinsic function that only literals feed is checked as its result', () => {
  test.each([
    ['Fn::Sub without variables', { EndpointName: { 'Fn::Sub': 'Reporting_Endpoint' } }, ['EndpointName']],
    ['Fn::Sub list form without variables', { EndpointName: { 'Fn::Sub': ['Reporting_Endpoint', { Stage: 'dev' }] } }, ['EndpointName']],
    ['Fn::Sub whose only ${!...} is an escape', { EndpointName: { 'Fn::Sub': 'reporting-${!Stage}' } }, ['EndpointName']],
    ['Fn::Join of literals', { ClusterIdentifier: { 'Fn::Join': ['', ['Analytics', '_Prod']] } }, ['ClusterIdentifier']],
    ['Fn::Select from a literal list', { SubnetGroupName: { 'Fn::Select': [0, ['group_a', 'group-b']] } }, ['SubnetGroupName']],
    ['Fn::Select of an Fn::Split of a literal', { SubnetGroupName: { 'Fn::Select': ['1', { 'Fn::Split': [',', 'group-a,group_b'] }] } }, ['SubnetGroupName']],
    ['Fn::Split of a literal as a list', { VpcSecurityGroupIds: { 'Fn::Split': [',', 'sg-0123456789abcdef0,sg-123'] } }, ['VpcSecurityGroupIds[1]']],
    ['an entry of a list', { VpcSecurityGroupIds: ['sg-0123456789abcdef0', { 'Fn::Sub': 'sg-123' }] }, ['VpcSecurityGroupIds[1]']],
  ])('%s: the checker reports it', async (_case, override, expected) => {
    expect(await reported({ ...ENDPOINT, ...override })).toEqual(expected);
  });

  test.each([
    ['Fn::Sub with a variable', { EndpointName: { 'Fn::Sub': 'Reporting_${Stage}' } }],
    ['Fn::Sub list form with a variable', { EndpointName: { 'Fn::Sub': ['Reporting_${Name}', { Name: 'x' }] } }],
    ['Fn::Join with a reference', { ClusterIdentifier: { 'Fn::Join': ['', ['Analytics_', { Ref: 'Stage' }]] } }],
    ['Fn::Select from a parameter list', { SubnetGroupName: { 'Fn::Select': [0, { Ref: 'Groups' }] } }],
    ['Fn::Select by a computed index', { SubnetGroupName: { 'Fn::Select': [{ Ref: 'Index' }, ['group_a']] } }],
    ['Fn::Select past the end, which CloudFormation refuses itself', { SubnetGroupName: { 'Fn::Select': [2, ['group_a']] } }],
    ['Fn::Split of an import', { VpcSecurityGroupIds: { 'Fn::Split': [',', { 'Fn::ImportValue': 'Sgs' }] } }],
    ['valid values folded', {
      EndpointName: { 'Fn::Sub': 'reporting' },
      ClusterIdentifier: { 'Fn::Join': ['-', ['analytics', 'prod']] },
      VpcSecurityGroupIds: { 'Fn::Split': [',', 'sg-0123456789abcdef0,sg-01234567'] },
    }],
  ])('%s: the checker reports nothing', async (_case, override) => {
    expect(await reported({ ...ENDPOINT, ...override })).toEqual([]);
  });

  test('the CDK plugin checks an Fn.sub without variables', () => {
    expect(pluginAccepts({
      clusterIdentifier: 'analytics',
      endpointName: Fn.sub('Reporting_Endpoint'),
      subnetGroupName: 'analytics-subnets',
      vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
    })).toBe(false);
  });
});

describe('a property given by Fn::If is checked in each literal branch', () => {
  /** The findings for one `AWS::Redshift::EndpointAccess` with `properties`, as `property: rule`. */
  async function reportedRules(properties: Record<string, unknown>): Promise<string[]> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-if-')), 'endpoint.template.json');
    const template = { Conditions: { IsProd: {}, IsEu: {} }, Resources: { Endpoint: { Type: 'AWS::Redshift::EndpointAccess', Properties: properties } } };
    fs.writeFileSync(file, JSON.stringify(template));
    let out = '';
    await main(['--format', 'json', file], { out: text => { out += text; }, err: () => undefined });
    return (JSON.parse(out).findings as Array<{ property: string; rule: string }>).map(f => `${f.property}: ${f.rule}`);
  }
  const NO_VALUE = { Ref: 'AWS::NoValue' };
  const when = (condition: string) => expect.stringMatching(new RegExp(`^EndpointName: .*\\(the value when ${condition}\\)$`));

  test.each([
    ['a bad true branch beside AWS::NoValue', { 'Fn::If': ['IsProd', 'Reporting_Endpoint', NO_VALUE] }, [when('condition IsProd is true')]],
    ['a bad false branch', { 'Fn::If': ['IsProd', 'reporting', 'Reporting_Endpoint'] }, [when('condition IsProd is false')]],
    ['both branches bad', { 'Fn::If': ['IsProd', 'Reporting_Endpoint', 'reporting--dev'] },
      [when('condition IsProd is true'), when('condition IsProd is false')]],
    ['a bad branch of a nested Fn::If', { 'Fn::If': ['IsProd', 'reporting', { 'Fn::If': ['IsEu', 'Reporting_Eu', 'reporting-us'] }] },
      [when('condition IsProd is false and condition IsEu is true')]],
    ['good branches', { 'Fn::If': ['IsProd', 'reporting', 'reporting-dev'] }, []],
    ['a branch that is a reference', { 'Fn::If': ['IsProd', { Ref: 'Name' }, NO_VALUE] }, []],
  ])('%s: %j', async (_case, endpointName, expected) => {
    expect(await reportedRules({ ...ENDPOINT, EndpointName: endpointName })).toEqual(expected);
  });

  test('an entry of a list branch is reported at its index', async () => {
    const groups = { 'Fn::If': ['IsProd', ['sg-0123456789abcdef0', 'sg-123'], ['sg-0123456789abcdef0']] };
    expect(await reportedRules({ ...ENDPOINT, VpcSecurityGroupIds: groups }))
      .toEqual([expect.stringMatching(/^VpcSecurityGroupIds\[1\]: .*\(the value when condition IsProd is true\)$/)]);
  });

  test('the CDK plugin checks each branch of an Fn.conditionIf', () => {
    // GIVEN a raw endpoint whose name depends on a condition, one branch breaking the name rule
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-if-')) });
    Validations.of(app).addPlugins(new RawResourceValidationPlugin());
    const stack = new Stack(app, 'Analytics');
    const isProd = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals(Aws.REGION, 'eu-west-1') });
    new redshift.CfnEndpointAccess(stack, 'Endpoint', {
      clusterIdentifier: 'analytics',
      endpointName: Fn.conditionIf(isProd.logicalId, 'Reporting_Endpoint', 'reporting').toString(),
      subnetGroupName: 'analytics-subnets',
      vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
    });

    // WHEN synthesized THEN the plugin names the property and the condition
    expect(() => app.synth()).toThrow(/EndpointName[\s\S]*the value when condition IsProd is true/);
  });
});

describe('a list entry given by Fn::If is checked in each literal branch', () => {
  /** The findings for one `AWS::Redshift::EndpointAccess` whose security groups are `groups`, as `property: rule`. */
  async function groupFindings(groups: unknown[]): Promise<string[]> {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-if-entry-')), 'endpoint.template.json');
    const template = { Conditions: { IsProd: {} }, Resources: { Endpoint: { Type: 'AWS::Redshift::EndpointAccess', Properties: { ...ENDPOINT, VpcSecurityGroupIds: groups } } } };
    fs.writeFileSync(file, JSON.stringify(template));
    let out = '';
    await main(['--format', 'json', file], { out: text => { out += text; }, err: () => undefined });
    return (JSON.parse(out).findings as Array<{ property: string; rule: string }>).map(f => `${f.property}: ${f.rule}`);
  }
  const GOOD = 'sg-0123456789abcdef0';

  test.each<[string, unknown[], RegExp[]]>([
    ['a bad branch beside AWS::NoValue', [GOOD, { 'Fn::If': ['IsProd', 'sg-123', { Ref: 'AWS::NoValue' }] }],
      [/^VpcSecurityGroupIds\[1\]: .*\(the value when condition IsProd is true\)$/]],
    ['a branch that repeats another entry', [GOOD, { 'Fn::If': ['IsProd', GOOD, 'sg-01234567'] }],
      [/^VpcSecurityGroupIds\[1\]: repeats .*\(the value when condition IsProd is true\)$/]],
    ['good branches', [GOOD, { 'Fn::If': ['IsProd', 'sg-01234567', { Ref: 'AWS::NoValue' }] }], []],
    ['a bad entry beside the condition is reported once, as written', ['sg-1', { 'Fn::If': ['IsProd', GOOD, 'sg-01234567'] }],
      [/^VpcSecurityGroupIds\[0\]: (?!.*the value when)/]],
  ])('%s', async (_case, groups, expected) => {
    expect(await groupFindings(groups)).toEqual(expected.map(e => expect.stringMatching(e)));
  });
});
