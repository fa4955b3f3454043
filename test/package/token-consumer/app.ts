/**
 * A CDKTF consumer that gives every prop of every Terraform construct as a `TerraformVariable` token, typed as a user
 * would write it (no casts, except to the enum types, which TypeScript never lets a string into), and puts the
 * constructs in `dependsOn`: of a plain resource and of another construct. `token-consumer.test.ts` compiles it with
 * strict settings and `skipLibCheck: false`, then synthesizes it.
 */
import { App, TerraformStack, TerraformVariable, Token } from 'cdktf';
import * as alicloud from '../../../lib/alicloud';
import * as huaweicloud from '../../../lib/huaweicloud';
import * as opentelekomcloud from '../../../lib/opentelekomcloud';
import * as vpcep from '../../../lib/vpcep';

/** The stack, and the props given to each construct class (by its name), for the test to check that none is missed. */
export interface TokenConsumer {
  readonly stack: TerraformStack;
  readonly given: Record<string, object[]>;
}

export function tokenConsumer(app: App): TokenConsumer {
  const stack = new TerraformStack(app, 'tokens');
  new huaweicloud.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
  new opentelekomcloud.OpentelekomcloudProvider(stack, 'opentelekomcloud', { region: 'eu-de' });
  new alicloud.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });

  const variable = (name: string, type: string) => new TerraformVariable(stack, name, { type });
  const text = (name: string): string => variable(name, 'string').stringValue;
  const flag = (name: string) => variable(name, 'bool').booleanValue;
  const count = (name: string): number => variable(name, 'number').numberValue;
  const list = (name: string): string[] => variable(name, 'list(string)').listValue;
  const map = (name: string): Record<string, string> => Token.asStringMap(variable(name, 'map(string)').value);

  // Huawei Cloud: an interface endpoint with every interface prop, a gateway endpoint with the gateway props.
  const huaweiInterface: vpcep.VpcepEndpointProps = {
    serviceId: text('hw_service_id'),
    vpcId: text('hw_vpc_id'),
    subnetId: text('hw_subnet_id'),
    portIp: text('hw_port_ip'),
    enableDns: flag('hw_enable_dns'),
    whitelist: list('hw_whitelist'),
    enableWhitelist: flag('hw_enable_whitelist'),
    description: text('hw_description'),
    tags: map('hw_tags'),
    policyDocument: text('hw_policy_document'),
    ipVersion: text('hw_ip_version') as vpcep.VpcepIpVersion,
    ipv6Address: text('hw_ipv6_address'),
    region: text('hw_region'),
    timeouts: { create: text('hw_timeout_create'), delete: text('hw_timeout_delete') },
  };
  const huaweiGateway: vpcep.VpcepEndpointProps = {
    serviceId: text('hw_gw_service_id'),
    vpcId: text('hw_gw_vpc_id'),
    routeTables: list('hw_gw_route_tables'),
    policyStatements: [{
      effect: text('hw_gw_effect') as vpcep.VpcepPolicyEffect,
      actions: list('hw_gw_actions'),
      resources: list('hw_gw_resources'),
    }],
  };
  const huaweiEndpoint = new huaweicloud.VpcepEndpoint(stack, 'HuaweiInterface', huaweiInterface);
  // Another construct waits for it...
  new huaweicloud.VpcepEndpoint(stack, 'HuaweiGateway', { ...huaweiGateway, dependsOn: [huaweiEndpoint] });
  // ...and so does a plain resource.
  new huaweicloud.bindings.vpcepEndpoint.VpcepEndpoint(stack, 'PlainHuawei', {
    serviceId: text('plain_service_id'),
    vpcId: text('plain_vpc_id'),
    dependsOn: [huaweiEndpoint],
  });

  // Open Telekom Cloud: the same props but the Huawei-only ones, and its own timeout.
  const otcInterface: vpcep.VpcepEndpointProps = {
    serviceId: text('otc_service_id'),
    vpcId: text('otc_vpc_id'),
    subnetId: text('otc_subnet_id'),
    portIp: text('otc_port_ip'),
    enableDns: flag('otc_enable_dns'),
    whitelist: list('otc_whitelist'),
    enableWhitelist: flag('otc_enable_whitelist'),
    description: text('otc_description'),
    tags: map('otc_tags'),
    timeouts: { default: text('otc_timeout') },
  };
  const otcGateway: vpcep.VpcepEndpointProps = {
    serviceId: text('otc_gw_service_id'),
    vpcId: text('otc_gw_vpc_id'),
    routeTables: list('otc_gw_route_tables'),
    policyStatements: [{
      effect: text('otc_gw_effect') as vpcep.VpcepPolicyEffect,
      actions: list('otc_gw_actions'),
      resources: list('otc_gw_resources'),
    }],
  };
  const otcEndpoint = new opentelekomcloud.VpcepEndpoint(stack, 'OtcInterface', otcInterface);
  new opentelekomcloud.VpcepEndpoint(stack, 'OtcGateway', { ...otcGateway, dependsOn: [otcEndpoint] });

  // Alibaba Cloud: one endpoint by service ID with zones, one by service name with a token count.
  const aliById: alicloud.PrivateLinkEndpointProps = {
    vpcId: text('ali_vpc_id'),
    serviceId: text('ali_service_id'),
    endpointName: text('ali_endpoint_name'),
    description: text('ali_description'),
    endpointType: text('ali_endpoint_type') as alicloud.PrivateLinkEndpointType,
    securityGroupIds: list('ali_security_group_ids'),
    zones: [{ vSwitchId: text('ali_vswitch_id'), zoneId: text('ali_zone_id'), ip: text('ali_zone_ip') }],
    addressIpVersion: text('ali_address_ip_version') as alicloud.PrivateLinkIpVersion,
    zonePrivateIpAddressCount: count('ali_zone_private_ip_address_count'),
    protectedEnabled: flag('ali_protected_enabled'),
    resourceGroupId: text('ali_resource_group_id'),
    policyDocument: text('ali_policy_document'),
    serviceRegionId: text('ali_service_region_id'),
    crossRegionBandwidth: count('ali_cross_region_bandwidth'),
    tags: map('ali_tags'),
    timeouts: { create: text('ali_timeout_create'), update: text('ali_timeout_update'), delete: text('ali_timeout_delete') },
  };
  const aliByName: alicloud.PrivateLinkEndpointProps = {
    vpcId: text('ali_name_vpc_id'),
    serviceName: text('ali_service_name'),
    securityGroupIds: list('ali_name_security_group_ids'),
  };
  const aliEndpoint = new alicloud.PrivateLinkEndpoint(stack, 'AliById', aliById);
  new alicloud.PrivateLinkEndpoint(stack, 'AliByName', { ...aliByName, count: count('ali_count'), dependsOn: [aliEndpoint] });

  return {
    stack,
    given: {
      'huaweicloud.VpcepEndpoint': [huaweiInterface, huaweiGateway],
      'opentelekomcloud.VpcepEndpoint': [otcInterface, otcGateway],
      'alicloud.PrivateLinkEndpoint': [aliById, aliByName],
    },
  };
}
