/**
 * The checks for raw resources read each Terraform argument as its provider reads it, not as the construct's prop or
 * the vendor API reads the value of the same name: prefixes the provider adds, empty values it does not send, sets.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import * as opentelekomcloud from '../../lib/opentelekomcloud';
import { RawResource, findingsOf } from '../../lib/raw-checks/check-resource';
import { main } from '../../lib/raw-checks/cli';
import { isTerraformExpression } from '../../lib/raw-checks/inputs/terraform-json';
import { RawResourceValidation } from '../../lib/terraform';
import { tryValidation, validationErrorOf } from '../support/validation';
import { DOMAIN_ID, SERVICE_BASE } from '../support/vpcep';

const QUIET = { out: () => undefined, err: () => undefined };

/** What the checks report for one raw Terraform resource of `type` with `properties`: `property: rule` each. */
function reported(type: string, properties: Record<string, unknown>): string[] {
  const resource: RawResource = { resource: `${type}.raw`, type, properties };
  return findingsOf(resource, isTerraformExpression).map(f => `${f.property}: ${f.rule}`);
}

/** A stack with the Terraform validation, and a raw resource of `type` whose arguments are `args`. */
function rawResourceStack(type: string, args: Record<string, unknown>): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Network');
  const raw = new TerraformResource(stack, 'Raw', { terraformResourceType: type });
  for (const [name, value] of Object.entries(args)) raw.addOverride(name, value);
  RawResourceValidation.addTo(app);
  return stack;
}

describe('opentelekomcloud_vpcep_service_v1 whitelist: bare domain IDs, to which the provider adds "iam:domain::"', () => {
  const SERVICE = 'opentelekomcloud_vpcep_service_v1';

  test('the output of the library\'s own opentelekomcloud.VpcepService passes the checker and the Terraform validation', async () => {
    // GIVEN a cdktf app with the L2 service allowing one account and every account, synthesized to cdktf.out
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-out-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'Network');
    new opentelekomcloud.OpentelekomcloudProvider(stack, 'otc', { region: 'eu-de' });
    new opentelekomcloud.VpcepService(stack, 'Service', {
      ...SERVICE_BASE, name: 'orders-svc', allowedConsumers: [`iam:domain::${DOMAIN_ID}`, '*'],
    });
    app.synth();
    const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'Network', 'cdk.tf.json'), 'utf-8'));
    const [args] = Object.values(config.resource[SERVICE]) as Record<string, unknown>[];
    expect(args.whitelist).toEqual([DOMAIN_ID, '*']);
    // WHEN the checker reads cdktf.out, THEN it finds nothing
    expect(await main([outdir], QUIET)).toBe(0);
    // AND the same arguments, written as a raw resource, pass the Terraform validation
    const written = Object.fromEntries(Object.entries(args).filter(([name]) => name !== '//'));
    expect(tryValidation(() => Testing.fullSynth(rawResourceStack(SERVICE, written)))).toBeUndefined();
  });

  test.each([
    ['a bare domain ID', DOMAIN_ID, undefined],
    ['"*" (the provider sends iam:domain::*, every account)', '*', undefined],
    ['the longest domain ID, 64 letters and digits', 'a1'.repeat(32), undefined],
    ['a prefixed record, which the provider would send doubled', `iam:domain::${DOMAIN_ID}`, /the Open Telekom Cloud provider adds that prefix itself/],
    ['a prefixed "*"', 'iam:domain::*', /the Open Telekom Cloud provider adds that prefix itself/],
    ['a domain ID of 65 characters', 'a'.repeat(65), /must be a bare domain ID \(1–64 letters and digits\)/],
    ['a domain ID with a hyphen', 'a-b', /must be a bare domain ID/],
    ['a Huawei Cloud organization record', 'organizations:orgPath::*', /must be a bare domain ID/],
  ])('whitelist entry %s', (_case, entry, problem) => {
    // WHEN a raw service lists the entry
    const findings = reported(SERVICE, { whitelist: [entry] });
    // THEN it is reported on whitelist[0] exactly when the provider would send the API no valid record
    expect(findings).toEqual(problem ? [expect.stringMatching(problem)] : []);
    if (problem) expect(findings[0]).toMatch(/^whitelist\[0\]: /);
  });

  test('the Terraform validation names the raw resource, the entry and why the prefix is wrong', () => {
    const error = validationErrorOf(() => Testing.fullSynth(rawResourceStack(SERVICE, { whitelist: [`iam:domain::${DOMAIN_ID}`] })));
    expect(error.violations.map(v => [v.constructPath, v.property, v.value])).toEqual([
      ['Network/Raw', 'whitelist[0]', `"iam:domain::${DOMAIN_ID}"`],
    ]);
    expect(error.message).toContain('would get "iam:domain::iam:domain::<domain id>" (write the bare domain ID)');
  });
});

describe('an empty value the provider does not send is unset, not a value to check', () => {
  const PORT = { service_port: 8080, terminal_port: 80 };
  test.each([
    ['aws_redshift_endpoint_access', { resource_owner: '', vpc_security_group_ids: [] }, { endpoint_name: '' }],
    ['huaweicloud_vpcep_endpoint', {
      region: '', network_id: '', ip_address: '', ip_version: '', ipv6_address: '', policy_document: '',
    }, { service_id: '', whitelist: [] }],
    ['opentelekomcloud_vpcep_endpoint_v1', { subnet_id: '', port_ip: '' }, { vpc_id: '' }],
    ['huaweicloud_vpcep_service', {
      region: '', snat_network_id: '', name: '', service_type: '', tcp_proxy: '', ip_version: '', port_mapping: [{ ...PORT, protocol: '' }],
    }, { server_type: '' }],
    ['huaweicloud_vpcep_approval', { region: '' }, { service_id: '' }],
    ['alicloud_privatelink_vpc_endpoint', {
      service_id: '', service_name: '', service_region_id: '', resource_group_id: '', vpc_endpoint_name: '', endpoint_description: '', policy_document: '', cross_region_bandwidth: 0,
    }, { vpc_id: '', endpoint_type: '', address_ip_version: '', zone_private_ip_address_count: 0 }],
    ['alicloud_privatelink_vpc_endpoint_zone', { zone_id: '', eni_ip: '' }, { vswitch_id: '' }],
    ['alicloud_privatelink_vpc_endpoint_service', {
      service_description: '', resource_group_id: '', resource: [{ resource_id: 'lb-1', resource_type: 'slb', zone_id: '' }],
    }, { payer: '', connect_bandwidth: 0 }],
    ['alicloud_privatelink_vpc_endpoint_service_resource', { zone_id: '' }, { resource_id: '' }],
    ['alicloud_privatelink_vpc_endpoint_service_user', { user_arn: '' }, { user_id: '' }],
  ])('%s: the empty arguments the provider leaves out pass; those it sends or refuses are reported', (type, unset, sent) => {
    // WHEN a raw resource has the empty values the provider does not send, and those it does send (or refuses)
    const findings = reported(type, { ...unset, ...sent });
    // THEN only the latter are reported
    expect(findings.map(f => f.split(/[[.:]/)[0]).sort()).toEqual(Object.keys(sent).sort());
  });

  test('CloudFormation requires VpcSecurityGroupIds, so an empty list there is still reported', () => {
    const resource: RawResource = { resource: 'Endpoint', type: 'AWS::Redshift::EndpointAccess', properties: { VpcSecurityGroupIds: [] } };
    expect(findingsOf(resource, () => false).map(f => f.property)).toEqual(['VpcSecurityGroupIds']);
    expect(reported('aws_redshift_endpoint_access', { vpc_security_group_ids: [] })).toEqual([]);
  });
});

describe('a Terraform set holds each entry once: a repeat merges before the provider sees it', () => {
  const networks = Array.from({ length: 20 }, (_, i) => `10.0.${i}.0/24`);
  test.each([
    ['aws_redshift_endpoint_authorization', 'a VPC ID twice', { vpc_ids: ['vpc-0abc', 'vpc-0abc'] }, []],
    ['huaweicloud_vpcep_approval', 'an endpoint twice', { endpoints: ['ep-1', 'ep-1'] }, []],
    ['huaweicloud_vpcep_service', 'a permission twice', { permissions: ['*', '*'] }, []],
    ['alicloud_privatelink_vpc_endpoint', 'one security group 11 times (within the 10)', { security_group_ids: Array(11).fill('sg-1') }, []],
    ['huaweicloud_vpcep_endpoint', '21 whitelist entries, 20 distinct (within the 20)', { whitelist: [...networks, networks[0]] }, []],
    // Two spellings of one network are two entries of the set, which the cloud reads back as one
    ['opentelekomcloud_vpcep_endpoint_v1', 'one network in two spellings, one of them twice',
      { whitelist: ['10.0.0.1', '10.0.0.1/32', '10.0.0.1'] }, ['whitelist[1]']],
  ])('%s: %s', (type, _case, properties, expected) => {
    expect(reported(type, properties).map(f => f.split(':')[0])).toEqual(expected);
  });

  test('the same repeat in a CloudFormation list is still reported', () => {
    const resource: RawResource = {
      resource: 'Grant', type: 'AWS::Redshift::EndpointAuthorization', properties: { VpcIds: ['vpc-0abc', 'vpc-0abc'] },
    };
    expect(findingsOf(resource, () => false).map(f => f.property)).toEqual(['VpcIds[1]']);
    expect(reported('aws_redshift_endpoint_authorization', { vpc_ids: ['vpc-0abc', 'vpc-0abc'] })).toEqual([]);
  });
});

describe('alicloud_privatelink_vpc_endpoint_service_user: user_id is the account ID, user_arn the ARN', () => {
  const ID = '1234567890123456';
  const ARN = `acs:ram::${ID}:root`;
  test.each([
    ['both as the API names them', { user_id: ID, user_arn: ARN }, []],
    ['an ARN as user_id', { user_id: ARN }, ['user_id']],
    ['an account ID as user_arn', { user_id: ID, user_arn: ID }, ['user_arn']],
  ])('%s', (_case, properties, expected) => {
    expect(reported('alicloud_privatelink_vpc_endpoint_service_user', properties).map(f => f.split(':')[0])).toEqual(expected);
  });
});

describe('opentelekomcloud_vpcep_service_v1 name: the provider\'s own check, not the API\'s', () => {
  test('a name without "-" is reported with the provider\'s source, where its check is, as the rule\'s source', () => {
    // GIVEN a raw service named like the provider documentation's example, which has no "-" (the API would take it)
    const resource: RawResource = { resource: 'svc', type: 'opentelekomcloud_vpcep_service_v1', properties: { name: 'service_1' } };
    // WHEN it is checked
    const [finding, ...others] = findingsOf(resource, isTerraformExpression);
    // THEN the finding cites the provider's schema of name, at a commit, rather than the documentation page that
    // shows the same name as valid
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ property: 'name', value: '"service_1"', rule: expect.stringContaining('followed by "-"') });
    expect(finding.source).toMatch(
      /^https:\/\/github\.com\/opentelekomcloud\/terraform-provider-opentelekomcloud\/blob\/[0-9a-f]{40}\/.*\/resource_opentelekomcloud_vpcep_service_v1\.go#L\d+-L\d+$/);
  });
});
