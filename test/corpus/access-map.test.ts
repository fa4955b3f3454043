import * as fs from 'fs';
import * as path from 'path';
import { accessMapOf } from '../../lib/access-map/map-inputs';
import { AccessMap, nameOf } from '../../lib/access-map/model';

const CORPUS = __dirname;

/**
 * Each edge as `<who> <how> <what> <- <file>:<line> <resource> <property>`, who by its label, what by its name (kind
 * and label), risky ones marked `!`, the file relative to the corpus.
 */
function edges(map: AccessMap): string[] {
  const nodes = new Map(map.nodes.map(n => [n.id, n]));
  return map.edges.map(e => `${e.risks ? '! ' : ''}${nodes.get(e.from)!.label} ${e.how} ${nameOf(nodes.get(e.to)!)} `
    + `<- ${path.relative(CORPUS, path.resolve(e.source.file!)).split(path.sep).join('/')}:${e.source.line} ${e.source.resource} ${e.source.property}`);
}

describe('the access map of the corpus', () => {
  test.each([
    ['terraform/huaweicloud-service', [
      // an approval that names the endpoint by reference: the endpoint's node
      'huaweicloud_vpcep_endpoint.orders_client approved service:huaweicloud_vpcep_service.orders'
        + ' <- terraform/huaweicloud-service/main.tf:56 huaweicloud_vpcep_approval.orders endpoints[0]',
      '192.168.0.0/24 network endpoint:huaweicloud_vpcep_endpoint.orders_client'
        + ' <- terraform/huaweicloud-service/main.tf:46 huaweicloud_vpcep_endpoint.orders_client whitelist[0]',
      '10.10.0.0/16 network endpoint:huaweicloud_vpcep_endpoint.orders_client'
        + ' <- terraform/huaweicloud-service/main.tf:46 huaweicloud_vpcep_endpoint.orders_client whitelist[1]',
      // a local computed by a for expression: unknown, never dropped
      '! ${local.permissions} connect service:huaweicloud_vpcep_service.orders'
        + ' <- terraform/huaweicloud-service/main.tf:22 huaweicloud_vpcep_service.orders permissions',
    ]],
    ['terraform/opentelekomcloud-service', [
      'opentelekomcloud_vpcep_endpoint_v1.billing_client approved service:opentelekomcloud_vpcep_service_v1.billing'
        + ' <- terraform/opentelekomcloud-service/main.tf:38 opentelekomcloud_vpcep_approval_v1.billing endpoints[0]',
      // a whitelist without enable_whitelist, which the API does not enforce: any address
      '! * network endpoint:opentelekomcloud_vpcep_endpoint_v1.billing_client'
        + ' <- terraform/opentelekomcloud-service/main.tf:23 opentelekomcloud_vpcep_endpoint_v1.billing_client enable_whitelist',
      '192.168.0.0/16 network endpoint:opentelekomcloud_vpcep_endpoint_v1.billing_client'
        + ' <- terraform/opentelekomcloud-service/main.tf:29 opentelekomcloud_vpcep_endpoint_v1.billing_client whitelist[0]',
      // var.partner_domains, given in terraform.tfvars
      'b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5 connect service:opentelekomcloud_vpcep_service_v1.billing'
        + ' <- terraform/opentelekomcloud-service/main.tf:8 opentelekomcloud_vpcep_service_v1.billing whitelist[0]',
      'c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4 connect service:opentelekomcloud_vpcep_service_v1.billing'
        + ' <- terraform/opentelekomcloud-service/main.tf:8 opentelekomcloud_vpcep_service_v1.billing whitelist[1]',
    ]],
    ['terraform/opentelekomcloud-lb-service', [
      '5f0e7c1a9b2d4e6f8a0b1c2d3e4f5a6b connect service:opentelekomcloud_vpcep_service_v1.reports'
        + ' <- terraform/opentelekomcloud-lb-service/main.tf:34 opentelekomcloud_vpcep_service_v1.reports whitelist[0]',
      '6a1f8d2b0c3e5f7a9b1c2d3e4f5a6b7c connect service:opentelekomcloud_vpcep_service_v1.reports'
        + ' <- terraform/opentelekomcloud-lb-service/main.tf:34 opentelekomcloud_vpcep_service_v1.reports whitelist[1]',
      // approval_enabled = false: every allowed tenant's endpoint is accepted without review
      '* approved service:opentelekomcloud_vpcep_service_v1.reports'
        + ' <- terraform/opentelekomcloud-lb-service/main.tf:18 opentelekomcloud_vpcep_service_v1.reports approval_enabled',
    ]],
    ['terraform/opentelekomcloud-module', [
      // the module's input from the calling block; the module's own default (approval = false) for the other call
      'c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4 connect service:module.orders_service.opentelekomcloud_vpcep_service_v1.this'
        + ' <- terraform/opentelekomcloud-module/modules/vpcep-service/main.tf:7 module.orders_service.opentelekomcloud_vpcep_service_v1.this whitelist[0]',
      '* approved service:module.reports_service.opentelekomcloud_vpcep_service_v1.this'
        + ' <- terraform/opentelekomcloud-module/modules/vpcep-service/main.tf:6 module.reports_service.opentelekomcloud_vpcep_service_v1.this approval_enabled',
    ]],
    ['terraform/alicloud-privatelink', [
      'alicloud_privatelink_vpc_endpoint.payments approved service:alicloud_privatelink_vpc_endpoint_service.payments'
        + ' <- terraform/alicloud-privatelink/main.tf:50 alicloud_privatelink_vpc_endpoint_connection.payments endpoint_id',
      '1234567890123456 connect service:alicloud_privatelink_vpc_endpoint_service.payments'
        + ' <- terraform/alicloud-privatelink/main.tf:24 alicloud_privatelink_vpc_endpoint_service_user.partner user_id',
    ]],
    ['terraform/aws-redshift', [
      'analytics-default endpoint cluster:analytics-prod <- terraform/aws-redshift/main.tf:35 aws_redshift_endpoint_access.default_group cluster_identifier',
      'analytics-reader endpoint cluster:111122223333/analytics-prod <- terraform/aws-redshift/main.tf:27 aws_redshift_endpoint_access.reader cluster_identifier',
      '444455556666 endpoint cluster:analytics-prod <- terraform/aws-redshift/main.tf:20 aws_redshift_endpoint_authorization.audit account',
      // a variable without a default or a tfvars value, and for_each's each.value
      '! ${var.auditor_account} endpoint cluster:analytics-prod <- terraform/aws-redshift/main.tf:44 aws_redshift_endpoint_authorization.auditors account',
      '! ${each.value} endpoint cluster:${aws_redshift_cluster.analytics.cluster_identifier}'
        + ' <- terraform/aws-redshift/main.tf:14 aws_redshift_endpoint_authorization.consumers account',
      // a Serverless endpoint to another account's workgroup
      'analytics-reporting endpoint workgroup:111122223333/analytics'
        + ' <- terraform/aws-redshift/main.tf:51 aws_redshiftserverless_endpoint_access.reporting workgroup_name',
    ]],
    ['terraform/huaweicloud-endpoints-for-each', [
      // interface endpoints without enable_whitelist: any address; one whose access control is computed: unknown;
      // the OBS endpoint, a gateway one with route tables, has no whitelist to turn on
      '! * network endpoint:huaweicloud_vpcep_endpoint.monitoring'
        + ' <- terraform/huaweicloud-endpoints-for-each/main.tf:17 huaweicloud_vpcep_endpoint.monitoring enable_whitelist',
      '! ${length(each.value.whitelist) > 0} network endpoint:huaweicloud_vpcep_endpoint.shared'
        + ' <- terraform/huaweicloud-endpoints-for-each/main.tf:9 huaweicloud_vpcep_endpoint.shared enable_whitelist',
      '! ${each.value.whitelist} network endpoint:huaweicloud_vpcep_endpoint.shared'
        + ' <- terraform/huaweicloud-endpoints-for-each/main.tf:10 huaweicloud_vpcep_endpoint.shared whitelist',
    ]],
    ['terraform/hcl2json-array-form', [
      '! iam:domain::${var.domain_id} connect service:huaweicloud_vpcep_service.inventory'
        + ' <- terraform/hcl2json-array-form/main.tf.json:19 huaweicloud_vpcep_service.inventory permissions[0]',
      '* connect service:huaweicloud_vpcep_service.inventory <- terraform/hcl2json-array-form/main.tf.json:19 huaweicloud_vpcep_service.inventory permissions[1]',
      '172.16.0.0/12 network endpoint:huaweicloud_vpcep_endpoint.inventory_client'
        + ' <- terraform/hcl2json-array-form/main.tf.json:36 huaweicloud_vpcep_endpoint.inventory_client whitelist[0]',
      '192.168.300.0/24 network endpoint:huaweicloud_vpcep_endpoint.inventory_client'
        + ' <- terraform/hcl2json-array-form/main.tf.json:36 huaweicloud_vpcep_endpoint.inventory_client whitelist[1]',
    ]],
    ['terraform/cdktf-stack', [
      '* approved service:alicloud_privatelink_vpc_endpoint_service.PartnerService_4A1B2C3D'
        + ' <- terraform/cdktf-stack/cdk.tf.json:26 alicloud_privatelink_vpc_endpoint_service.PartnerService_4A1B2C3D auto_accept_connection',
      '2345678901234567 connect service:alicloud_privatelink_vpc_endpoint_service.PartnerService_4A1B2C3D'
        + ' <- terraform/cdktf-stack/cdk.tf.json:54 alicloud_privatelink_vpc_endpoint_service_user.PartnerUser_9C0D1E2F user_id',
    ]],
    ['plans/vpcep.plan.json', [
      '0a1b2c3d4e5f60718293a4b5c6d7e8f9 connect service:huaweicloud_vpcep_service.orders <- plans/vpcep.plan.json:19 huaweicloud_vpcep_service.orders permissions[0]',
      '192.168.0.0/24 network endpoint:huaweicloud_vpcep_endpoint.orders_client <- plans/vpcep.plan.json:44 huaweicloud_vpcep_endpoint.orders_client whitelist[0]',
      '! huaweicloud_vpcep_endpoint.orders_client.whitelist[1] (known after apply) network endpoint:huaweicloud_vpcep_endpoint.orders_client'
        + ' <- plans/vpcep.plan.json:44 huaweicloud_vpcep_endpoint.orders_client whitelist[1]',
    ]],
    ['state/vpcep.state.json', [
      'b8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5 connect service:opentelekomcloud_vpcep_service_v1.billing'
        + ' <- state/vpcep.state.json:8 opentelekomcloud_vpcep_service_v1.billing whitelist[0]',
      '! * network endpoint:opentelekomcloud_vpcep_endpoint_v1.billing_client'
        + ' <- state/vpcep.state.json:26 opentelekomcloud_vpcep_endpoint_v1.billing_client enable_whitelist',
      '192.168.0.0/16 network endpoint:opentelekomcloud_vpcep_endpoint_v1.billing_client'
        + ' <- state/vpcep.state.json:26 opentelekomcloud_vpcep_endpoint_v1.billing_client whitelist[0]',
      'c5d3e4f6-2a7b-4c8d-8e9f-1a2b3c4d5e6f approved service:e0c748b7-d982-47df-ba06-b9c8c7650c1a'
        + ' <- state/vpcep.state.json:41 opentelekomcloud_vpcep_approval_v1.billing endpoints[0]',
    ]],
    ['cloudformation/snapshot-share.template.yaml', [
      '! ${PartnerAccount} restore snapshot:analytics-prod/analytics-nightly'
        + ' <- cloudformation/snapshot-share.template.yaml:12 ShareWithPartner Create.parameters.AccountWithRestoreAccess',
      '777788889999 restore snapshot:analytics-prod/analytics-nightly'
        + ' <- cloudformation/snapshot-share.template.yaml:19 ShareWithAudit Create.parameters.AccountWithRestoreAccess',
      '! amazon-redshift-support restore snapshot:analytics-prod/analytics-nightly'
        + ' <- cloudformation/snapshot-share.template.yaml:26 ShareWithSupport Create.parameters.AccountWithRestoreAccess',
      '77778888999O restore snapshot:analytics-prod/analytics-nightly'
        + ' <- cloudformation/snapshot-share.template.yaml:31 ShareWithTypo Create.parameters.AccountWithRestoreAccess',
      'partner-analytics restore snapshot:analytics-prod/analytics-weekly-${AWS::Region}'
        + ' <- cloudformation/snapshot-share.template.yaml:41 ShareWeeklyWithPartnerName Create.parameters.AccountWithRestoreAccess',
    ]],
  ])('%s: exactly these edges, each from the line of its argument', async (input, expected) => {
    // GIVEN one input of the corpus, WHEN it is mapped
    const { map } = await accessMapOf([path.join(CORPUS, input)]);
    // THEN
    expect(edges(map)).toEqual(expected);
  });

  test('each edge from a Terraform configuration points at its argument, or at its resource for a default', async () => {
    // GIVEN every Terraform root module of the corpus, HCL and JSON
    const roots = fs.readdirSync(path.join(CORPUS, 'terraform')).map(root => path.join(CORPUS, 'terraform', root));
    // WHEN they are mapped
    const { map } = await accessMapOf(roots);
    // THEN the line of each edge holds the argument it was read from, or opens the resource whose default gives access
    expect(map.edges.length).toBeGreaterThan(10);
    for (const { source } of map.edges) {
      const argument = source.property.replace(/\[.*$/, '');
      const [type, name] = source.resource.split('.').slice(-2);
      const line = fs.readFileSync(source.file!, 'utf-8').split('\n')[source.line! - 1].trim();
      expect([source.resource, source.property, line]).toEqual([source.resource, source.property,
        expect.stringMatching(new RegExp(`^("?${argument}"?\\s*[=:]|resource "${type}" "${name}" \\{|"${name}": \\[?\\{)`))]);
    }
  });

  test('edges of a cdktf stack name the construct that made the resource', async () => {
    const { map } = await accessMapOf([path.join(CORPUS, 'terraform', 'cdktf-stack')]);
    expect(map.edges.map(e => e.source.path)).toEqual(['partner-links/PartnerService', 'partner-links/PartnerUser']);
  });

  test('who is known only when Terraform runs stays an unknown node', async () => {
    // GIVEN a variable without a value, a for_each element and a local
    const { map } = await accessMapOf(['aws-redshift', 'huaweicloud-service'].map(root => path.join(CORPUS, 'terraform', root)));
    // WHEN the nodes that are granted access are looked up
    const who = new Set(map.edges.map(e => e.from));
    const kinds = Object.fromEntries(map.nodes.filter(n => who.has(n.id) && n.label.startsWith('${')).map(n => [n.label, n.kind]));
    // THEN each is of kind unknown, labelled as written
    expect(kinds).toEqual({ '${var.auditor_account}': 'unknown', '${each.value}': 'unknown', '${local.permissions}': 'unknown' });
  });
});
