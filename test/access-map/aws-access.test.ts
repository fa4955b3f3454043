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
