/**
 * The access VPC endpoint services and endpoints give on Huawei Cloud and Open Telekom Cloud (VPCEP), and PrivateLink
 * on Alibaba Cloud: who may connect to a service, which connections are approved, which networks reach an endpoint.
 * Argument names are each provider's own; they differ between the two VPCEP providers.
 */
import { AccessReader, ResourceReading } from './reading';
import { Term, entries, flag } from './values';

/** The node of "any endpoint" whose connection a service accepts without review. */
const ANY_ENDPOINT: Term = { text: '*', known: true };

/** Who reaches an endpoint whose whitelist is not enforced: any address. */
const ANY_ADDRESS: Term = { text: '*', known: true };

/**
 * Records whether a service accepts connections without review and, when it may, draws that as an `approved` edge
 * from any endpoint.
 */
function autoApproval(r: ResourceReading, service: string, property: string, approves: boolean | 'unknown'): void {
  const setting = approves === 'unknown' ? r.term(property)!.text : approves;
  r.map.approvesWithoutReview(service, setting);
  if (approves !== false) r.map.add(r.map.what('endpoint', ANY_ENDPOINT), service, 'approved', r.source(property));
}

/** A Huawei Cloud permission record as who: `iam:domain::<domain ID>` an account, `*` anyone. */
function permissionHolder(permission: Term): Term {
  const domain = permission.known ? /^iam:domain::(.+)$/.exec(permission.text)?.[1] : undefined;
  return domain === undefined ? permission : { text: domain, known: true };
}

/**
 * `huaweicloud_vpcep_service`: `permissions` (`iam:domain::<id>` or `*`) and `organization_permissions`
 * (`organizations:orgPath::<path>`) may connect; `approval` unset is sent as false, so connections are accepted.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0209.html
 * @see https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/huaweicloud/services/vpcep/resource_huaweicloud_vpcep_service.go
 */
export const huaweicloudService: AccessReader = r => {
  const service = r.self('service');
  for (const [permission, property] of r.terms('permissions')) {
    r.map.add(r.map.who('account', permissionHolder(permission)), service, 'connect', r.source(property));
  }
  for (const [path, property] of r.terms('organization_permissions')) {
    const org = path.known ? /^organizations:orgPath::(.+)$/.exec(path.text)?.[1] : undefined;
    r.map.add(r.map.who('organization', org === undefined ? path : { text: org, known: true }), service, 'connect', r.source(property));
  }
  autoApproval(r, service, 'approval', invert(flag(r.properties.approval, r.context, false)));
};

/**
 * `opentelekomcloud_vpcep_service_v1`: `whitelist` holds bare domain IDs (the provider prepends `iam:domain::`) or
 * `*`; `approval_enabled` defaults to true.
 *
 * @see https://registry.terraform.io/providers/opentelekomcloud/opentelekomcloud/latest/docs/resources/vpcep_service_v1
 */
export const opentelekomcloudService: AccessReader = r => {
  const service = r.self('service');
  for (const [domain, property] of r.terms('whitelist')) {
    r.map.add(r.map.who('account', domain), service, 'connect', r.source(property));
  }
  autoApproval(r, service, 'approval_enabled', invert(flag(r.properties.approval_enabled, r.context, true)));
};

function invert(value: boolean | 'unknown'): boolean | 'unknown' {
  return value === 'unknown' ? value : !value;
}

/**
 * `huaweicloud_vpcep_approval`, `opentelekomcloud_vpcep_approval_v1`: the connection of each endpoint in `endpoints`
 * is accepted.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/AcceptOrRejectEndpoint.html
 */
export const vpcepApproval: AccessReader = r => {
  const service = r.target('service', 'service_id');
  for (const [endpoint, property] of r.terms('endpoints')) {
    r.map.add(r.map.what('endpoint', endpoint), service, 'approved', r.source(property));
  }
};

/**
 * `huaweicloud_vpcep_endpoint`, `opentelekomcloud_vpcep_endpoint_v1`: each `whitelist` CIDR may reach the endpoint;
 * without `enable_whitelist` (off unless set) the whitelist is not enforced, so any address that can route to the
 * endpoint reaches it. An endpoint with route tables connects to a gateway service (OBS, SFS), which has no whitelist:
 * its route tables decide who reaches it.
 *
 * @see https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html
 * @see https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/vpc_endpoints/creating_a_vpc_endpoint.html
 */
export const vpcepEndpoint: AccessReader = r => {
  const endpoint = r.self('endpoint');
  const accessControl = flag(r.properties.enable_whitelist, r.context, false);
  const gateway = entries(r.properties.routetables ?? r.properties.route_tables, 'routetables').length > 0;
  if (accessControl !== true && !gateway) {
    const who = accessControl === 'unknown' ? r.map.who('unknown', r.term('enable_whitelist')!) : r.map.who('anyone', ANY_ADDRESS);
    r.map.add(who, endpoint, 'network', r.source('enable_whitelist'));
  }
  for (const [cidr, property] of r.terms('whitelist')) {
    r.map.add(r.map.who('cidr', cidr), endpoint, 'network', r.source(property));
  }
};

/**
 * Who a whitelisted RAM ARN (`acs:ram:<region>:<account>:<identity>`) is: with `*` for the identity, every identity of
 * the account, so the account; with `*` for the account, anyone; else the identity itself.
 *
 * @see https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-listvpcendpointserviceusers
 */
function ramIdentity(r: ResourceReading, arn: Term): string {
  const [, account, identity] = (arn.known ? /^acs:ram:[^:]*:([^:]*):(.*)$/.exec(arn.text) : undefined) ?? [];
  if (account === '*') return r.map.who('anyone', { text: '*', known: true });
  if (account !== undefined && identity === '*') return r.map.who('account', { text: account, known: true });
  return r.map.who('principal', arn);
}

/**
 * `alicloud_privatelink_vpc_endpoint_service_user`: the account (`user_id`), or the RAM identity (`user_arn`) where
 * named, may connect.
 *
 * @see https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice
 */
export const alicloudServiceUser: AccessReader = r => {
  const arn = r.term('user_arn');
  const user = arn !== undefined && arn.text !== '' ? { who: ramIdentity(r, arn), property: 'user_arn' } : undefined;
  const account = r.term('user_id');
  const who = user ?? (account === undefined ? undefined : { who: r.map.who('account', account), property: 'user_id' });
  if (who !== undefined) r.map.add(who.who, r.target('service', 'service_id'), 'connect', r.source(who.property));
};

/**
 * `alicloud_privatelink_vpc_endpoint_connection`: the endpoint's connection is accepted, with its bandwidth.
 *
 * @see https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection
 */
export const alicloudConnection: AccessReader = r => {
  const bandwidth = r.term('bandwidth');
  r.map.add(r.target('endpoint', 'endpoint_id'), r.target('service', 'service_id'), 'approved', r.source('endpoint_id'),
    bandwidth === undefined ? {} : { bandwidth: bandwidth.known && /^\d+$/.test(bandwidth.text) ? Number(bandwidth.text) : bandwidth.text });
};

/**
 * `alicloud_privatelink_vpc_endpoint_service`: `auto_accept_connection` (false unless set) accepts every allowed
 * user's connection.
 *
 * @see https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice
 */
export const alicloudService: AccessReader = r => {
  autoApproval(r, r.self('service'), 'auto_accept_connection', flag(r.properties.auto_accept_connection, r.context, false));
};

/** The Huawei Cloud, Open Telekom Cloud and Alibaba Cloud resource types and their readers. */
export const VPCEP_READERS: Readonly<Record<string, AccessReader>> = {
  huaweicloud_vpcep_service: huaweicloudService,
  opentelekomcloud_vpcep_service_v1: opentelekomcloudService,
  huaweicloud_vpcep_approval: vpcepApproval,
  opentelekomcloud_vpcep_approval_v1: vpcepApproval,
  huaweicloud_vpcep_endpoint: vpcepEndpoint,
  opentelekomcloud_vpcep_endpoint_v1: vpcepEndpoint,
  alicloud_privatelink_vpc_endpoint_service_user: alicloudServiceUser,
  alicloud_privatelink_vpc_endpoint_connection: alicloudConnection,
  alicloud_privatelink_vpc_endpoint_service: alicloudService,
};
