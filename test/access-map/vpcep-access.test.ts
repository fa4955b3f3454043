import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { AccessMap } from '../../lib/access-map/model';
import { edgeLines } from '../support/access-map';

/** The map of a Terraform JSON configuration of one resource `r` of `type`. */
async function mapOf(type: string, args: Record<string, unknown>): Promise<AccessMap> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vpcep-access-')), 'main.tf.json');
  fs.writeFileSync(file, JSON.stringify({ resource: { [type]: { r: args } } }));
  return (await accessMapOf([file])).map;
}

describe('the access map of VPC endpoints', () => {
  test.each([
    ['huaweicloud_vpcep_endpoint', 'left out', {}, ['! * network endpoint:huaweicloud_vpcep_endpoint.r <- huaweicloud_vpcep_endpoint.r enable_whitelist']],
    ['huaweicloud_vpcep_endpoint', 'false', { enable_whitelist: false },
      ['! * network endpoint:huaweicloud_vpcep_endpoint.r <- huaweicloud_vpcep_endpoint.r enable_whitelist']],
    ['huaweicloud_vpcep_endpoint', 'computed', { enable_whitelist: '${var.control}' },
      ['! ${var.control} network endpoint:huaweicloud_vpcep_endpoint.r <- huaweicloud_vpcep_endpoint.r enable_whitelist']],
    ['opentelekomcloud_vpcep_endpoint_v1', 'left out', {},
      ['! * network endpoint:opentelekomcloud_vpcep_endpoint_v1.r <- opentelekomcloud_vpcep_endpoint_v1.r enable_whitelist']],
  ])('a %s whose enable_whitelist is %s lets any address reach it, beside its whitelist', async (type, _case, args, expected) => {
    // GIVEN an endpoint with a whitelist the API enforces only when access control is on
    // WHEN it is mapped
    const map = await mapOf(type, { service_id: 's', vpc_id: 'v', whitelist: ['10.0.0.0/24'], ...args });
    // THEN any address (or whoever the setting decides) reaches the endpoint, and the whitelist is kept
    expect(edgeLines(map)).toEqual([...expected, `10.0.0.0/24 network endpoint:${type}.r <- ${type}.r whitelist[0]`]);
  });

  test('an endpoint with enable_whitelist on is reached by its whitelist only', async () => {
    // GIVEN access control on
    // WHEN it is mapped
    const map = await mapOf('opentelekomcloud_vpcep_endpoint_v1', { service_id: 's', vpc_id: 'v', enable_whitelist: true, whitelist: ['10.0.0.0/24'] });
    // THEN only the whitelist reaches it
    expect(edgeLines(map)).toEqual(['10.0.0.0/24 network endpoint:opentelekomcloud_vpcep_endpoint_v1.r <- opentelekomcloud_vpcep_endpoint_v1.r whitelist[0]']);
  });

  test.each([
    ['huaweicloud_vpcep_endpoint', 'routetables'],
    ['opentelekomcloud_vpcep_endpoint_v1', 'route_tables'],
  ])('a gateway %s (with %s) has no whitelist, so no edge for access control', async (type, routeTables) => {
    // GIVEN an endpoint to a gateway service, which takes route tables and no whitelist
    // WHEN it is mapped
    const map = await mapOf(type, { service_id: 's', vpc_id: 'v', [routeTables]: ['rtb-1'] });
    // THEN
    expect(edgeLines(map)).toEqual([]);
  });

  test('an endpoint without access control is risky, the reason naming the setting', async () => {
    // GIVEN an endpoint without enable_whitelist
    // WHEN it is mapped
    const map = await mapOf('huaweicloud_vpcep_endpoint', { service_id: 's', vpc_id: 'v' });
    // THEN
    expect(map.edges.map(e => e.risks)).toEqual([['access control is off (enable_whitelist): every address that can route to the endpoint reaches it']]);
  });

  test.each(['0::/0', '::0/0', '10.0.0.0/0'])('a whitelist entry %s, every address however written, is risky', async cidr => {
    // GIVEN a whitelist CIDR whose prefix length is 0
    // WHEN it is mapped
    const map = await mapOf('huaweicloud_vpcep_endpoint', { service_id: 's', vpc_id: 'v', enable_whitelist: true, whitelist: [cidr] });
    // THEN it is marked as every address
    expect(map.edges.map(e => e.risks)).toEqual([[`the whitelist lets every address reach the endpoint (${cidr})`]]);
  });
});

describe('the access map of Alibaba Cloud endpoint service users', () => {
  test.each([
    ['every identity of an account, which is the account', 'acs:ram:*:2345678901234567:*', '2345678901234567', 'account'],
    ['every account', 'acs:ram:*:*:*', '*', 'anyone'],
    ['one role', 'acs:ram:*:2345678901234567:role/auditor', 'acs:ram:*:2345678901234567:role/auditor', 'principal'],
  ])('a user_arn of %s is drawn as such', async (_case, arn, label, kind) => {
    // GIVEN a whitelisted RAM ARN, with or without wildcards
    // WHEN it is mapped
    const map = await mapOf('alicloud_privatelink_vpc_endpoint_service_user', { service_id: 's', user_id: '2345678901234567', user_arn: arn });
    // THEN who may connect is as wide as the ARN
    expect(map.nodes.find(n => n.id === map.edges[0].from)).toMatchObject({ kind, label });
  });

  test.each(['acs:ram::2345678901234567:role/auditor', 'acs:ram:*:2345678901234567:role/auditor'])('--known-accounts reads the account of the RAM ARN %s', async arn => {
    // GIVEN a role ARN (its region empty or *) of an account nobody listed
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vpcep-access-')), 'main.tf.json');
    const user = { service_id: 's', user_id: '2345678901234567', user_arn: arn };
    fs.writeFileSync(file, JSON.stringify({ resource: { alicloud_privatelink_vpc_endpoint_service_user: { r: user } } }));
    // WHEN it is mapped with other known accounts
    const { map } = await accessMapOf([file], { knownAccounts: new Set(['1234567890123456']) });
    // THEN the role's account is marked unknown
    expect(map.edges[0].risks).toEqual(['account 2345678901234567 is not one of the known accounts']);
  });
});
