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

  // The props both VPCEP clouds take, each variable named after its cloud (`prefix`).
  const interfaceProps = (prefix: string): vpcep.VpcepEndpointProps => ({
    serviceId: text(`${prefix}_service_id`),
    vpcId: text(`${prefix}_vpc_id`),
    subnetId: text(`${prefix}_subnet_id`),
    portIp: text(`${prefix}_port_ip`),
    enableDns: flag(`${prefix}_enable_dns`),
    whitelist: list(`${prefix}_whitelist`),
    enableWhitelist: flag(`${prefix}_enable_whitelist`),
    description: text(`${prefix}_description`),
    tags: map(`${prefix}_tags`),
  });
  const gatewayProps = (prefix: string): vpcep.VpcepEndpointProps => ({
    serviceId: text(`${prefix}_gw_service_id`),
    vpcId: text(`${prefix}_gw_vpc_id`),
    routeTables: list(`${prefix}_gw_route_tables`),
    policyStatements: [{
      effect: text(`${prefix}_gw_effect`) as vpcep.VpcepPolicyEffect,
      actions: list(`${prefix}_gw_actions`),
      resources: list(`${prefix}_gw_resources`),
    }],
  });
  const serviceProps = (prefix: string): vpcep.VpcepServiceProps => ({
    vpcId: text(`${prefix}_svc_vpc_id`),
    serverType: text(`${prefix}_svc_server_type`) as vpcep.VpcepServerType,
    portId: text(`${prefix}_svc_port_id`),
    portMappings: [{
      servicePort: count(`${prefix}_svc_service_port`),
      terminalPort: count(`${prefix}_svc_terminal_port`),
      protocol: text(`${prefix}_svc_protocol`) as vpcep.VpcepPortProtocol,
    }],
    name: text(`${prefix}_svc_name`),
    serviceType: text(`${prefix}_svc_service_type`) as vpcep.VpcepServiceType,
    approvalRequired: flag(`${prefix}_svc_approval`),
    allowedConsumers: list(`${prefix}_svc_consumers`),
    description: text(`${prefix}_svc_description`),
    tags: map(`${prefix}_svc_tags`),
    tcpProxy: text(`${prefix}_svc_tcp_proxy`) as vpcep.VpcepTcpProxy,
  });

  // Huawei Cloud: an interface endpoint with every interface prop, a gateway endpoint with the gateway props.
  const huaweiInterface: vpcep.VpcepEndpointProps = {
    ...interfaceProps('hw'),
    policyDocument: text('hw_policy_document'),
    ipVersion: text('hw_ip_version') as vpcep.VpcepIpVersion,
    ipv6Address: text('hw_ipv6_address'),
    region: text('hw_region'),
    timeouts: { create: text('hw_timeout_create'), delete: text('hw_timeout_delete') },
  };
  const huaweiGateway = gatewayProps('hw');
  const huaweiServiceProps: vpcep.VpcepServiceProps = {
    ...serviceProps('hw'),
    ipVersion: text('hw_svc_ip_version') as vpcep.VpcepServiceIpVersion,
    snatNetworkId: text('hw_svc_snat_network_id'),
    enablePolicy: flag('hw_svc_enable_policy'),
    region: text('hw_svc_region'),
    timeouts: { create: text('hw_svc_timeout_create'), delete: text('hw_svc_timeout_delete') },
  };
  const huaweiService = new huaweicloud.VpcepService(stack, 'HuaweiService', huaweiServiceProps);
  const huaweiEndpoint = new huaweicloud.VpcepEndpoint(stack, 'HuaweiInterface', huaweiInterface);
  // Other constructs wait for it...
  new huaweicloud.VpcepEndpoint(stack, 'HuaweiGateway', { ...huaweiGateway, dependsOn: [huaweiEndpoint, huaweiService] });
  // ...and so does a plain resource.
  new huaweicloud.bindings.vpcepEndpoint.VpcepEndpoint(stack, 'PlainHuawei', {
    serviceId: text('plain_service_id'),
    vpcId: text('plain_vpc_id'),
    dependsOn: [huaweiEndpoint],
  });

  // Open Telekom Cloud: the same props but the Huawei-only ones, and its own timeout.
  const otcInterface: vpcep.VpcepEndpointProps = { ...interfaceProps('otc'), timeouts: { default: text('otc_timeout') } };
  const otcGateway = gatewayProps('otc');
  const otcServiceProps: vpcep.VpcepServiceProps = { ...serviceProps('otc'), timeouts: { default: text('otc_svc_timeout') } };
  const otcService = new opentelekomcloud.VpcepService(stack, 'OtcService', otcServiceProps);
  const otcEndpoint = new opentelekomcloud.VpcepEndpoint(stack, 'OtcInterface', otcInterface);
  new opentelekomcloud.VpcepEndpoint(stack, 'OtcGateway', { ...otcGateway, dependsOn: [otcEndpoint, otcService] });

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
  const aliServiceProps: alicloud.PrivateLinkEndpointServiceProps = {
    resources: [{
      resourceType: text('ali_svc_resource_type') as alicloud.PrivateLinkServiceResourceType,
      resourceId: text('ali_svc_resource_id'),
      zoneId: text('ali_svc_zone_id'),
    }],
    allowedUsers: [text('ali_svc_user')],
    autoAcceptConnection: flag('ali_svc_auto_accept'),
    description: text('ali_svc_description'),
    connectBandwidth: count('ali_svc_connect_bandwidth'),
    payer: text('ali_svc_payer') as alicloud.PrivateLinkServicePayer,
    serviceResourceType: text('ali_svc_service_resource_type') as alicloud.PrivateLinkServiceResourceType,
    addressIpVersion: text('ali_svc_address_ip_version') as alicloud.PrivateLinkIpVersion,
    serviceSupportIpv6: flag('ali_svc_ipv6'),
    zoneAffinityEnabled: flag('ali_svc_zone_affinity'),
    supportedRegions: list('ali_svc_regions'),
    resourceGroupId: text('ali_svc_resource_group_id'),
    tags: map('ali_svc_tags'),
    timeouts: { create: text('ali_svc_timeout_create'), update: text('ali_svc_timeout_update'), delete: text('ali_svc_timeout_delete') },
  };
  const aliService = new alicloud.PrivateLinkEndpointService(stack, 'AliService', aliServiceProps);
  const aliEndpoint = new alicloud.PrivateLinkEndpoint(stack, 'AliById', aliById);
  new alicloud.PrivateLinkEndpoint(stack, 'AliByName', { ...aliByName, count: count('ali_count'), dependsOn: [aliEndpoint, aliService] });

  return {
    stack,
    given: {
      'huaweicloud.VpcepEndpoint': [huaweiInterface, huaweiGateway],
      'opentelekomcloud.VpcepEndpoint': [otcInterface, otcGateway],
      'alicloud.PrivateLinkEndpoint': [aliById, aliByName],
      'huaweicloud.VpcepService': [huaweiServiceProps],
      'opentelekomcloud.VpcepService': [otcServiceProps],
      'alicloud.PrivateLinkEndpointService': [aliServiceProps],
    },
  };
}
