import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { AccessMap } from '../../lib/access-map/model';
import { edgeLines } from '../support/access-map';

/** The map of one input file written with `content`. */
async function mapOf(name: string, content: unknown): Promise<AccessMap> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aws-access-')), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return (await accessMapOf([file])).map;
}

/** A template of one resource. */
function template(type: string, properties: Record<string, unknown>): unknown {
  return { Resources: { R: { Type: type, Properties: properties } } };
}

describe('the access map of AWS resources', () => {
  const SHARE = JSON.stringify({
    service: 'Redshift',
    action: 'authorizeSnapshotAccess',
    parameters: { SnapshotIdentifier: 'nightly', SnapshotClusterIdentifier: 'analytics', AccountWithRestoreAccess: '222233334444' },
  });
  const GRANT = JSON.stringify({
    service: '@aws-sdk/client-redshift',
    action: 'AuthorizeEndpointAccessCommand',
    parameters: { ClusterIdentifier: 'analytics', Account: '222233334444', VpcIds: ['vpc-0a1b2c3d4e5f60718'] },
  });
  test.each([
    ['Custom::AWS', 'an AuthorizeEndpointAccess call', GRANT, '222233334444 endpoint cluster:analytics <- R Create.parameters.Account'],
    ['Custom::SnapshotShare', 'an AuthorizeSnapshotAccess call', SHARE,
      '222233334444 restore snapshot:analytics/nightly <- R Create.parameters.AccountWithRestoreAccess'],
    ['AWS::CloudFormation::CustomResource', 'an AuthorizeEndpointAccess call', GRANT,
      '222233334444 endpoint cluster:analytics <- R Create.parameters.Account'],
  ])('an AwsCustomResource of type %s with %s gives access', async (type, _case, create, expected) => {
    // GIVEN an AwsCustomResource (its resourceType may be any custom type) whose Create call authorizes access
    // WHEN it is mapped
    const map = await mapOf('t.template.json', template(type, { ServiceToken: 'arn:aws:lambda:eu-west-1:111122223333:function:x', Create: create }));
    // THEN the account has the access the call gives
    expect(edgeLines(map)).toEqual([expected]);
  });

  test.each([
    ['Redshift Serverless, SDK v2', {
      service: 'RedshiftServerless',
      action: 'createEndpointAccess',
      parameters: { endpointName: 'reporting', workgroupName: 'analytics', subnetIds: ['subnet-0123456789abcdef0'] },
    },
    'reporting endpoint workgroup:analytics <- R Create.parameters.workgroupName'],
    ['Redshift Serverless, SDK v3, of a workgroup in another account', {
      service: '@aws-sdk/client-redshift-serverless',
      action: 'CreateEndpointAccessCommand',
      parameters: { endpointName: 'reporting', workgroupName: 'analytics', ownerAccount: '222233334444', subnetIds: ['subnet-0123456789abcdef0'] },
    },
    'reporting endpoint workgroup:222233334444/analytics <- R Create.parameters.workgroupName'],
    ['Redshift', {
      service: 'Redshift',
      action: 'createEndpointAccess',
      parameters: { EndpointName: 'reporting', ClusterIdentifier: 'analytics', SubnetGroupName: 'subnets' },
    },
    'reporting endpoint cluster:analytics <- R Create.parameters.ClusterIdentifier'],
  ])('an AwsCustomResource CreateEndpointAccess call of %s: the endpoint reaches what it names', async (_case, call, expected) => {
    // GIVEN an AwsCustomResource whose Create call makes a managed endpoint
    // WHEN it is mapped
    const map = await mapOf('t.template.json', template('Custom::AWS', { ServiceToken: 'x', Create: JSON.stringify(call) }));
    // THEN the endpoint reaches the cluster or workgroup, as an endpoint resource does
    expect(edgeLines(map)).toEqual([expected]);
  });

  test('a call of the same action to another service gives no access', async () => {
    // GIVEN a Redshift Serverless action name sent to a service that is neither Redshift nor Redshift Serverless
    const call = { service: 'EC2', action: 'createEndpointAccess', parameters: { endpointName: 'x', workgroupName: 'analytics' } };
    // WHEN it is mapped THEN nothing is drawn
    expect(edgeLines(await mapOf('t.template.json', template('Custom::AWS', { ServiceToken: 'x', Create: JSON.stringify(call) })))).toEqual([]);
  });

  test('an AwsCustomResource AuthorizeEndpointAccess call without VpcIds allows every VPC', async () => {
    // GIVEN a grant call with no VPC IDs, and one with them
    const call = JSON.parse(GRANT);
    delete call.parameters.VpcIds;
    // WHEN they are mapped
    const every = await mapOf('t.template.json', template('Custom::AWS', { ServiceToken: 'x', Create: JSON.stringify(call) }));
    const limited = await mapOf('t.template.json', template('Custom::AWS', { ServiceToken: 'x', Create: GRANT }));
    // THEN the first edge carries no VPC limit, the second its VPC
    expect(every.edges.map(e => e.vpcs)).toEqual([undefined]);
    expect(limited.edges.map(e => e.vpcs)).toEqual([['vpc-0a1b2c3d4e5f60718']]);
  });
});

describe('the VPCs an endpoint grant is limited to', () => {
  test.each([
    ['a parameter', 't.template.json', template('AWS::Redshift::EndpointAuthorization', { Account: '222233334444', ClusterIdentifier: 'c', VpcIds: { Ref: 'Vpcs' } }), '${Vpcs}'],
    ['a condition that may leave them out', 't.template.json',
      template('AWS::Redshift::EndpointAuthorization', { Account: '222233334444', ClusterIdentifier: 'c', VpcIds: { 'Fn::If': ['Limited', ['vpc-1'], { Ref: 'AWS::NoValue' }] } }),
      'Limited ? [vpc-1] : (none)'],
    ['a Terraform variable', 'main.tf.json',
      { resource: { aws_redshift_endpoint_authorization: { r: { account: '222233334444', cluster_identifier: 'c', vpc_ids: '${var.vpcs}' } } } }, '${var.vpcs}'],
  ])('given by %s may be none, which is every VPC: the grant is risky', async (_case, name, content, expression) => {
    // GIVEN a grant whose whole VPC list is computed at deploy
    // WHEN it is mapped
    const map = await mapOf(name, content);
    // THEN the edge names the expression and says it may allow every VPC
    expect(map.edges.map(e => [e.vpcs, e.risks])).toEqual([[[expression], [`the VPCs are unknown until deploy, and none would allow every VPC: ${expression}`]]]);
  });

  test('given as a literal list with a computed entry, the grant is limited and not risky for it', async () => {
    // GIVEN a list of a literal VPC and a parameter
    const map = await mapOf('t.template.json', template('AWS::Redshift::EndpointAuthorization', { Account: '222233334444', ClusterIdentifier: 'c', VpcIds: ['vpc-1', { Ref: 'Other' }] }));
    // WHEN / THEN
    expect(map.edges.map(e => [e.vpcs, e.risks])).toEqual([[['vpc-1', '${Other}'], undefined]]);
  });
});

describe('the access map of Terraform Redshift Serverless resources', () => {
  /** A configuration of `resources`, each one resource named `r` but the workgroup and snapshot, named `main`. */
  function config(resources: Record<string, Record<string, unknown>>): unknown {
    return { resource: Object.fromEntries(Object.entries(resources).map(([type, args]) => [type, { [/_(workgroup|snapshot)$/.test(type) ? 'main' : 'r']: args }])) };
  }
  const policy = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['222233334444'] }, ...statement }] });

  test('an endpoint access with an owner account reaches that account\'s workgroup', async () => {
    // GIVEN a managed endpoint to another account's workgroup
    const map = await mapOf('main.tf.json', config({ aws_redshiftserverless_endpoint_access: { endpoint_name: 'reader', workgroup_name: 'sales', subnet_ids: ['subnet-1'], owner_account: '111122223333' } }));
    // WHEN / THEN
    expect(edgeLines(map)).toEqual(['reader endpoint workgroup:111122223333/sales <- aws_redshiftserverless_endpoint_access.r workgroup_name']);
  });

  test.each([
    ['a snapshot ARN', 'arn:aws:redshift-serverless:eu-west-1:111122223333:snapshot/0d3e4f5a-1b2c-4d5e-8f90-a1b2c3d4e5f6', {},
      '222233334444 restore snapshot:0d3e4f5a-1b2c-4d5e-8f90-a1b2c3d4e5f6 <- aws_redshiftserverless_resource_policy.r policy.Statement[0].Principal.AWS[0]'],
    ['a snapshot of the configuration', '${aws_redshiftserverless_snapshot.main.arn}', { aws_redshiftserverless_snapshot: { snapshot_name: 'nightly', namespace_name: 'ns' } },
      '222233334444 restore snapshot:aws_redshiftserverless_snapshot.main <- aws_redshiftserverless_resource_policy.r policy.Statement[0].Principal.AWS[0]'],
  ])('a resource policy on %s that allows RestoreFromSnapshot shares the snapshot', async (_case, arn, others, expected) => {
    // GIVEN a policy that lets another account restore
    const map = await mapOf('main.tf.json', config({ ...others, aws_redshiftserverless_resource_policy: { resource_arn: arn, policy: policy({ Action: ['redshift-serverless:RestoreFromSnapshot'] }) } }));
    // WHEN / THEN
    expect(edgeLines(map)).toEqual([expected]);
  });

  test('a resource policy on a workgroup lets the account create endpoints, in the VPCs of its aws:SourceVpc condition', async () => {
    // GIVEN a cross-account endpoint grant as the Redshift guide writes it
    const statement = { Action: ['redshift-serverless:CreateEndpointAccess', 'redshift-serverless:GetEndpointAccess'], Condition: { StringLike: { 'aws:SourceVpc': ['vpc-1'] } } };
    const map = await mapOf('main.tf.json', config({
      aws_redshiftserverless_workgroup: { workgroup_name: 'sales', namespace_name: 'ns' },
      aws_redshiftserverless_resource_policy: { resource_arn: '${aws_redshiftserverless_workgroup.main.arn}', policy: policy(statement) },
    }));
    // WHEN / THEN
    expect(edgeLines(map)).toEqual(['222233334444 endpoint workgroup:aws_redshiftserverless_workgroup.main <- aws_redshiftserverless_resource_policy.r policy.Statement[0].Principal.AWS[0]']);
    expect(map.edges[0].vpcs).toEqual(['vpc-1']);
  });

  test('a resource policy computed at apply on an unknown resource may restore or create endpoints: both, unknown', async () => {
    // GIVEN a policy and an ARN from variables
    const map = await mapOf('main.tf.json', config({ aws_redshiftserverless_resource_policy: { resource_arn: '${var.arn}', policy: '${var.policy}' } }));
    // WHEN / THEN
    expect(edgeLines(map)).toEqual([
      '! ${var.policy} restore snapshot:${var.arn} <- aws_redshiftserverless_resource_policy.r policy',
      '! ${var.policy} endpoint workgroup:${var.arn} <- aws_redshiftserverless_resource_policy.r policy',
    ]);
  });
});
