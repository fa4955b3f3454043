import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { FIXTURES, edgeLines } from '../support/access-map';

describe('the access map of hand-written inputs', () => {
  test('a CloudFormation template gives every AWS kind of access, unknown accounts kept as unknown nodes', async () => {
    // GIVEN a YAML template with endpoint grants and endpoints (provisioned and Serverless), the library's snapshot
    // shares, two AwsCustomResource shares (one through a parameter), a describe call and a key policy
    // WHEN it is mapped
    const { map } = await accessMapOf([path.join(FIXTURES, 'redshift.template.yaml')]);
    // THEN
    expect(edgeLines(map)).toEqual([
      '222233334444 endpoint cluster:Cluster <- PartnerGrant Account',
      'reporting endpoint cluster:333344445555/analytics <- OwnerEndpoint ClusterIdentifier',
      '222233334444 restore snapshot:analytics/nightly <- NightlyShare Accounts[0]',
      '! amazon-redshift-support restore snapshot:analytics/nightly <- NightlyShare Accounts[1]',
      '444455556666 restore snapshot:0d3e4f5a-1b2c-4d5e-8f90-a1b2c3d4e5f6 <- ServerlessShare Accounts[0]',
      '! ${PartnerAccount} endpoint workgroup:sales <- ServerlessGrant Account',
      'sales-endpoint endpoint workgroup:555566667777/sales <- ServerlessEndpoint WorkgroupName',
      '! ${PartnerAccount} restore snapshot:analytics/weekly <- WeeklyShare Create.parameters.AccountWithRestoreAccess',
      '666677778888 restore snapshot:analytics/monthly <- MonthlyShare Create.parameters.AccountWithRestoreAccess',
      '222233334444 decrypt key:SnapshotKey <- SnapshotKey KeyPolicy.Statement[1].Principal.AWS[0]',
      'arn:aws:iam::777788889999:role/restorer decrypt key:SnapshotKey <- SnapshotKey KeyPolicy.Statement[1].Principal.AWS[1]',
    ]);
    expect(map.edges[0].vpcs).toEqual(['vpc-0a1b2c3d4e5f60718']);
    expect(map.nodes.find(n => n.label === '${PartnerAccount}')?.kind).toBe('unknown');
  });

  test('a Terraform JSON configuration gives every VPCEP and PrivateLink kind of access', async () => {
    // GIVEN services with permissions, a whitelist and allowed users, approvals, endpoints with whitelists, a
    // connection, auto-accept, and AWS endpoint grants
    // WHEN it is mapped
    const { map } = await accessMapOf([path.join(FIXTURES, 'vpcep.tf.json')]);
    // THEN
    expect(edgeLines(map)).toEqual([
      '0a1b2c3d4e5f60718293a4b5c6d7e8f9 connect service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_service.orders permissions[0]',
      '! * connect service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_service.orders permissions[1]',
      'o-a1b2c3/r-d4e5 connect service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_service.orders organization_permissions[0]',
      '! * approved service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_service.orders approval',
      'huaweicloud_vpcep_endpoint.reporting approved service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_approval.orders endpoints[0]',
      'a3b1c2d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d approved service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_approval.orders endpoints[1]',
      '192.168.0.0/24 network endpoint:huaweicloud_vpcep_endpoint.reporting <- huaweicloud_vpcep_endpoint.reporting whitelist[0]',
      '! 0.0.0.0/0 network endpoint:huaweicloud_vpcep_endpoint.reporting <- huaweicloud_vpcep_endpoint.reporting whitelist[1]',
      '! ${var.partner_domain} connect service:opentelekomcloud_vpcep_service_v1.billing <- opentelekomcloud_vpcep_service_v1.billing whitelist[0]',
      '* connect service:opentelekomcloud_vpcep_service_v1.billing <- opentelekomcloud_vpcep_service_v1.billing whitelist[1]',
      'b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e approved service:opentelekomcloud_vpcep_service_v1.billing <- opentelekomcloud_vpcep_approval_v1.billing endpoints[0]',
      '10.0.0.0/8 network endpoint:opentelekomcloud_vpcep_endpoint_v1.billing <- opentelekomcloud_vpcep_endpoint_v1.billing whitelist[0]',
      '* approved service:alicloud_privatelink_vpc_endpoint_service.payments <- alicloud_privatelink_vpc_endpoint_service.payments auto_accept_connection',
      '1234567890123456 connect service:alicloud_privatelink_vpc_endpoint_service.payments <- alicloud_privatelink_vpc_endpoint_service_user.partner user_id',
      'acs:ram::2345678901234567:role/auditor connect service:alicloud_privatelink_vpc_endpoint_service.payments <- alicloud_privatelink_vpc_endpoint_service_user.auditor user_arn',
      'ep-bp1abcdefghijklmnopq approved service:alicloud_privatelink_vpc_endpoint_service.payments <- alicloud_privatelink_vpc_endpoint_connection.partner endpoint_id',
      '222233334444 endpoint cluster:analytics <- aws_redshift_endpoint_authorization.partner account',
      'reporting endpoint cluster:analytics <- aws_redshift_endpoint_access.reporting cluster_identifier',
    ]);
    expect(map.edges.find(e => e.source.resource === 'alicloud_privatelink_vpc_endpoint_connection.partner')?.bandwidth).toBe(2048);
  });

  test('a plan keeps values known only after apply as unknown nodes, and leaves data sources out', async () => {
    // GIVEN a plan whose allowed user's service and whose endpoint's service are known only after apply
    // WHEN it is mapped
    const { map, resources } = await accessMapOf([path.join(FIXTURES, 'plan-before.json')]);
    // THEN
    expect(resources).toBe(4);
    expect(edgeLines(map)).toEqual([
      '0a1b2c3d4e5f60718293a4b5c6d7e8f9 connect service:huaweicloud_vpcep_service.orders <- huaweicloud_vpcep_service.orders permissions[0]',
      '10.0.0.0/24 network endpoint:huaweicloud_vpcep_endpoint.reporting <- huaweicloud_vpcep_endpoint.reporting whitelist[0]',
      '1234567890123456 connect service:alicloud_privatelink_vpc_endpoint_service_user.partner.service_id (known after apply)'
        + ' <- alicloud_privatelink_vpc_endpoint_service_user.partner user_id',
      '222233334444 endpoint cluster:analytics <- aws_redshift_endpoint_authorization.partner[0] account',
    ]);
  });

  test('Terraform state as terraform show -json prints it is read, child modules included, each edge on its line', async () => {
    // GIVEN a state with a service open to * without approval, and an approval in a child module
    // WHEN it is mapped
    const { map } = await accessMapOf([path.join(FIXTURES, 'state.json')]);
    // THEN
    expect(edgeLines(map)).toEqual([
      '! * connect service:opentelekomcloud_vpcep_service_v1.billing <- opentelekomcloud_vpcep_service_v1.billing whitelist[0]',
      '! * approved service:opentelekomcloud_vpcep_service_v1.billing <- opentelekomcloud_vpcep_service_v1.billing approval_enabled',
      'b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e approved service:e0c748b7-d982-47df-ba06-b9c8c7650c1a'
        + ' <- module.edge.opentelekomcloud_vpcep_approval_v1.billing endpoints[0]',
    ]);
    const lines = fs.readFileSync(path.join(FIXTURES, 'state.json'), 'utf-8').split('\n');
    for (const edge of map.edges) expect(lines[edge.source.line! - 1]).toContain(`"address": "${edge.source.resource}"`);
  });

  test('a state file in a folder is found by its content and mapped, as when it is named', async () => {
    // GIVEN a folder holding the state under a name a walk does not know by itself
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-'));
    fs.copyFileSync(path.join(FIXTURES, 'state.json'), path.join(dir, 'deployed.json'));
    // WHEN the folder is mapped
    const { map } = await accessMapOf([dir]);
    // THEN it gives the edges the named file gives
    expect(edgeLines(map)).toEqual(edgeLines((await accessMapOf([path.join(FIXTURES, 'state.json')])).map));
  });

  test.each([
    // Huawei's provider sends approval=false when it is unset; OTC's defaults approval_enabled to true; Alibaba's API
    // defaults AutoAcceptEnabled to false.
    ['huaweicloud_vpcep_service', {}, true],
    ['huaweicloud_vpcep_service', { approval: true }, false],
    ['huaweicloud_vpcep_service', { approval: '${var.review}' }, true],
    ['opentelekomcloud_vpcep_service_v1', {}, false],
    ['opentelekomcloud_vpcep_service_v1', { approval_enabled: false }, true],
    ['alicloud_privatelink_vpc_endpoint_service', {}, false],
    ['alicloud_privatelink_vpc_endpoint_service', { auto_accept_connection: true }, true],
  ])('%s with %j approves any endpoint without review: %s', async (type, args, approves) => {
    // GIVEN a service with only its approval setting
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-')), 'main.tf.json');
    fs.writeFileSync(file, JSON.stringify({ resource: { [type]: { svc: args } } }));
    // WHEN
    const { map } = await accessMapOf([file]);
    // THEN
    expect(edgeLines(map)).toEqual(approves ? [`* approved service:${type}.svc <- ${type}.svc ${Object.keys(args)[0] ?? {
      huaweicloud_vpcep_service: 'approval',
      opentelekomcloud_vpcep_service_v1: 'approval_enabled',
      alicloud_privatelink_vpc_endpoint_service: 'auto_accept_connection',
    }[type]}`] : []);
  });

  const SHARE_CALL = '{"service":"Redshift","action":"authorizeSnapshotAccess","parameters":{"SnapshotIdentifier":"nightly",'
    + '"SnapshotClusterIdentifier":"analytics","AccountWithRestoreAccess":"${Partner}"},"physicalResourceId":{"id":"${!Id}"}}';
  test.each([
    ['a parameter (Ref)', { 'Fn::Sub': SHARE_CALL }, '! ${Partner}'],
    ['a variable of the list form', { 'Fn::Sub': [SHARE_CALL, { Partner: '222233334444' }] }, '222233334444'],
    ['a resource attribute (GetAtt)', { 'Fn::Sub': SHARE_CALL.replace('${Partner}', '${Partner.AccountId}') }, '! ${Partner.AccountId}'],
  ])('an AwsCustomResource share written with Fn::Sub gives access to the account of %s', async (_case, create, who) => {
    // GIVEN a Custom::AWS whose Create call is an Fn::Sub of the call's JSON, as hand-written YAML templates write it
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-')), 'share.template.json');
    fs.writeFileSync(file, JSON.stringify({ Resources: { Share: { Type: 'Custom::AWS', Properties: { ServiceToken: 'arn', Create: create } } } }));
    // WHEN it is mapped
    const { map } = await accessMapOf([file]);
    // THEN the share is an edge, its account unknown where the template computes it
    expect(edgeLines(map)).toEqual([`${who} restore snapshot:analytics/nightly <- Share Create.parameters.AccountWithRestoreAccess`]);
  });

  test('a file that is neither an input of the checker nor Terraform state is an input error naming both', async () => {
    // GIVEN a JSON file of something else
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-')), 'other.json');
    fs.writeFileSync(file, JSON.stringify({ format_version: '1.0', values: 'not a state' }));
    // WHEN / THEN
    await expect(accessMapOf([file])).rejects.toThrow(/is not a CloudFormation template, a Terraform configuration, a Terraform plan or Terraform state/);
  });
});
