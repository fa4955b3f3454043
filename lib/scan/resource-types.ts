/**
 * Which rules of the tables apply to which attribute of each raw resource type the library knows, and where each
 * comes from. Nothing here states a limit: every rule is read from the table of the construct that wraps the type,
 * so a raw resource, an L2 and the command-line checker cannot disagree.
 */
import { AttributeCheck, blocks, list, tags, text, whole } from './attribute-checks';
import { PRIVATE_LINK_ENDPOINT_RULES } from '../alicloud/private-link-endpoint-rules';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RULES } from '../alicloud/private-link-endpoint-service-rules';
import { CLUSTER_IDENTIFIER } from '../aws/private/redshift-identifier';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES } from '../aws/redshift-endpoint-authorization-rules';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from '../aws/redshift-managed-endpoint-rules';
import { SNAPSHOT_SHARE_RULES } from '../aws/snapshot-share-rules';
import { Rule } from '../core/rules';
import { TagPolicy } from '../core/tags';
import { Validator } from '../core/validator';
import { VPCEP_ENDPOINT_RULES } from '../vpcep/vpcep-endpoint-rules';
import { VPCEP_SERVICE_RULES } from '../vpcep/vpcep-service-rules';

const AWS = {
  endpointAccess: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateEndpointAccess.html',
  endpointAuthorization: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeEndpointAccess.html',
  snapshotAccess: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_AuthorizeSnapshotAccess.html',
  clusterIdentifier: 'https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html',
};
const HUAWEI = {
  endpoint: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/CreateEndpoint.html',
  service: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0201.html',
  permissions: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/vpcep_06_0209.html',
  approval: 'https://support.huaweicloud.com/intl/en-us/api-vpcep/AcceptOrRejectEndpoint.html',
};
const OTC = {
  endpoint: 'https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/vpc_endpoints/creating_a_vpc_endpoint.html',
  service: 'https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/creating_a_vpc_endpoint_service.html',
  permissions: 'https://docs.otc.t-systems.com/vpc-endpoint/api-ref/apis/apis_for_managing_vpc_endpoint_services/batch_adding_or_deleting_whitelist_records.html',
  provider: 'https://registry.terraform.io/providers/opentelekomcloud/opentelekomcloud/latest/docs/resources/vpcep_service_v1',
  /** How the provider builds the whitelist records: it prepends `iam:domain::` to each entry. */
  whitelist: 'https://github.com/opentelekomcloud/terraform-provider-opentelekomcloud/blob/88f1cf1e0a9d85b2d9cb94c6722e16358ac3a983/opentelekomcloud/services/vpcep/resource_opentelekomcloud_vpcep_service_v1.go',
};
const ALIBABA = {
  endpoint: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpoint',
  tags: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-tagresources',
  service: 'https://www.alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-createvpcendpointservice',
  resource: 'https://alibabacloud.com/help/en/privatelink/api-attachresourcetovpcendpointservice',
  user: 'https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice',
  connection: 'https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection',
  provider: 'https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service',
};

/** The rules of one resource type. */
export interface ResourceTypeRules {
  /** How the type's resources are written: in CloudFormation templates, or in Terraform configurations and plans. */
  readonly engine: 'cloudformation' | 'terraform';
  /** What the entry covers, when it is narrower than the type. */
  readonly note?: string;
  readonly attributes: readonly AttributeCheck[];
}

const VE = VPCEP_ENDPOINT_RULES;
const VS = VPCEP_SERVICE_RULES;
const PE = PRIVATE_LINK_ENDPOINT_RULES;
const PS = PRIVATE_LINK_ENDPOINT_SERVICE_RULES;
/** How many port mappings one service takes. */
const PORT_MAPPING_COUNT: Rule<readonly never[]> = VS.portMappings.list[0];
const ids = (source: string, ...attributes: string[]) => attributes.map(a => text(a, VE.id, source));

/** The arguments both clouds' VPCEP endpoints have, in each provider's names. */
function vpcepEndpoint(source: string, names: { subnet: string; routeTables: string; portIp: string }, tagPolicy: TagPolicy): AttributeCheck[] {
  return [
    ...ids(source, 'service_id', 'vpc_id', names.subnet),
    list(names.routeTables, { each: VE.id }, source),
    text(names.portIp, VE.portIp, source),
    list('whitelist', VE.whitelist, source),
    text('description', VE.description, source),
    tags('tags', tagPolicy, source),
  ];
}

/** Rules that differ between the clouds' VPCEP services, each with its source where that is not the API page. */
interface VpcepServiceCloud {
  readonly name: readonly [readonly Rule<string>[], string];
  readonly description: readonly Rule<string>[];
  readonly tcpProxy: readonly [readonly Rule<string>[], string];
  readonly tags: TagPolicy;
}

/** The arguments both clouds' VPCEP services have, in each provider's names. */
function vpcepService(source: string, ports: { portBlock: string; clientPort: string; serverPort: string },
  cloud: VpcepServiceCloud): AttributeCheck[] {
  return [
    ...ids(source, 'vpc_id'),
    text('name', cloud.name[0], cloud.name[1]),
    text('server_type', VS.serverType, source),
    text('port_id', VS.portId, source),
    text('service_type', VS.serviceType, source),
    blocks(ports.portBlock, PORT_MAPPING_COUNT, [
      text('protocol', VS.protocol, source),
      whole(ports.clientPort, VS.port, source),
      whole(ports.serverPort, VS.port, source),
    ], source),
    text('description', cloud.description, source),
    text('tcp_proxy', cloud.tcpProxy[0], cloud.tcpProxy[1]),
    tags('tags', cloud.tags, source),
  ];
}

/** An approval of connections to a VPCEP service (AcceptOrRejectEndpoint). */
function vpcepApproval(source: string): AttributeCheck[] {
  return [text('service_id', VS.serviceId, source), list('endpoints', { each: VE.id, unique: true }, source)];
}

// The attributes both Redshift endpoint resources have, in each engine's names.
const endpointAccess = (names: { cluster: string; name: string; subnetGroup: string; owner: string; securityGroups: string }) => [
  text(names.cluster, CLUSTER_IDENTIFIER, AWS.clusterIdentifier),
  text(names.name, REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName, AWS.endpointAccess),
  text(names.subnetGroup, REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName, AWS.endpointAccess),
  text(names.owner, REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner, AWS.endpointAccess),
  list(names.securityGroups, REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, AWS.endpointAccess),
];
const endpointAuthorization = (names: { account: string; cluster: string; vpcs: string }) => [
  text(names.account, REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.account, AWS.endpointAuthorization),
  text(names.cluster, CLUSTER_IDENTIFIER, AWS.clusterIdentifier),
  list(names.vpcs, REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds, AWS.endpointAuthorization),
];

/** The actions of an `AwsCustomResource` (`Custom::AWS`) that share a snapshot, as aws-cdk-lib writes them. */
const SHARE_ACTION = /^authorizeSnapshotAccess(Command)?$/i;
const SNAPSHOT_SHARE_PARAMETERS = [
  text('AccountWithRestoreAccess', SNAPSHOT_SHARE_RULES.account, AWS.snapshotAccess),
  text('SnapshotIdentifier', SNAPSHOT_SHARE_RULES.snapshotIdentifier, AWS.snapshotAccess),
  text('SnapshotClusterIdentifier', SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier, AWS.snapshotAccess),
  text('SnapshotArn', SNAPSHOT_SHARE_RULES.snapshotArn, AWS.snapshotAccess),
];

/**
 * `Create` or `Update` of an `AwsCustomResource`: the SDK call as JSON text. Only a Redshift AuthorizeSnapshotAccess
 * call is checked, parameter by parameter; a call with expressions inside (`Fn::Join`) is left alone.
 */
function snapshotShareCall(attribute: string): AttributeCheck {
  return {
    attribute,
    source: AWS.snapshotAccess,
    rules: SNAPSHOT_SHARE_PARAMETERS.flatMap(p => p.rules.map(r => `parameters.${p.attribute} ${r}`)),
    check: (v: Validator, property: string, value: unknown) => {
      if (typeof value !== 'string') return;
      let call: { service?: unknown; action?: unknown; parameters?: Record<string, unknown> };
      try {
        call = JSON.parse(value);
      } catch {
        return;
      }
      if (!/^(redshift|@aws-sdk\/client-redshift)$/i.test(String(call?.service)) || !SHARE_ACTION.test(String(call.action))) return;
      const parameters = call.parameters ?? {};
      for (const parameter of SNAPSHOT_SHARE_PARAMETERS) {
        const given = parameters[parameter.attribute];
        if (given !== undefined && given !== null) parameter.check(v, `${property}.parameters.${parameter.attribute}`, given);
      }
    },
  };
}

/** Every resource type the checks know, by its type name. */
export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeRules>> = {
  'AWS::Redshift::EndpointAccess': {
    engine: 'cloudformation',
    attributes: endpointAccess({
      cluster: 'ClusterIdentifier',
      name: 'EndpointName',
      subnetGroup: 'SubnetGroupName',
      owner: 'ResourceOwner',
      securityGroups: 'VpcSecurityGroupIds',
    }),
  },
  'AWS::Redshift::EndpointAuthorization': {
    engine: 'cloudformation',
    attributes: endpointAuthorization({ account: 'Account', cluster: 'ClusterIdentifier', vpcs: 'VpcIds' }),
  },
  'Custom::AWS': {
    engine: 'cloudformation',
    note: 'an AwsCustomResource that calls Redshift AuthorizeSnapshotAccess (a snapshot share)',
    attributes: [snapshotShareCall('Create'), snapshotShareCall('Update')],
  },

  'aws_redshift_endpoint_access': {
    engine: 'terraform',
    attributes: endpointAccess({
      cluster: 'cluster_identifier',
      name: 'endpoint_name',
      subnetGroup: 'subnet_group_name',
      owner: 'resource_owner',
      securityGroups: 'vpc_security_group_ids',
    }),
  },
  'aws_redshift_endpoint_authorization': {
    engine: 'terraform',
    attributes: endpointAuthorization({ account: 'account', cluster: 'cluster_identifier', vpcs: 'vpc_ids' }),
  },

  'huaweicloud_vpcep_endpoint': {
    engine: 'terraform',
    attributes: [
      ...vpcepEndpoint(HUAWEI.endpoint, { subnet: 'network_id', routeTables: 'routetables', portIp: 'ip_address' }, VE.huaweicloudTags),
      ...ids(HUAWEI.endpoint, 'region'),
      text('policy_document', VE.policyDocument, HUAWEI.endpoint),
      text('ip_version', VE.ipVersion, HUAWEI.endpoint),
      text('ipv6_address', VE.ipv6Address, HUAWEI.endpoint),
    ],
  },
  'opentelekomcloud_vpcep_endpoint_v1': {
    engine: 'terraform',
    attributes: vpcepEndpoint(OTC.endpoint, { subnet: 'subnet_id', routeTables: 'route_tables', portIp: 'port_ip' }, VE.opentelekomcloudTags),
  },
  'huaweicloud_vpcep_service': {
    engine: 'terraform',
    attributes: [
      ...vpcepService(HUAWEI.service, { portBlock: 'port_mapping', clientPort: 'terminal_port', serverPort: 'service_port' }, {
        name: [VS.name, HUAWEI.service], description: VS.description, tcpProxy: [VS.huaweicloudTcpProxy, HUAWEI.service], tags: VE.huaweicloudTags,
      }),
      ...ids(HUAWEI.service, 'region', 'snat_network_id'),
      text('ip_version', VS.ipVersion, HUAWEI.service),
      list('permissions', { each: VS.huaweicloudPermission, unique: true }, HUAWEI.permissions),
      list('organization_permissions', { each: VS.huaweicloudPermission, unique: true }, HUAWEI.permissions),
    ],
  },
  'opentelekomcloud_vpcep_service_v1': {
    engine: 'terraform',
    attributes: [
      ...vpcepService(OTC.service, { portBlock: 'port', clientPort: 'client_port', serverPort: 'server_port' }, {
        name: [VS.opentelekomcloudName, OTC.provider],
        description: VS.opentelekomcloudDescription,
        tcpProxy: [VS.opentelekomcloudTcpProxy, OTC.provider],
        tags: VE.opentelekomcloudTags,
      }),
      list('whitelist', { each: VS.opentelekomcloudWhitelistEntry, unique: true }, OTC.whitelist),
    ],
  },
  'huaweicloud_vpcep_approval': {
    engine: 'terraform',
    attributes: [...vpcepApproval(HUAWEI.approval), ...ids(HUAWEI.approval, 'region')],
  },
  'opentelekomcloud_vpcep_approval_v1': {
    engine: 'terraform',
    attributes: vpcepApproval(OTC.service),
  },

  'alicloud_privatelink_vpc_endpoint': {
    engine: 'terraform',
    attributes: [
      ...['vpc_id', 'service_id', 'service_name', 'service_region_id', 'resource_group_id'].map(a => text(a, PE.id, ALIBABA.endpoint)),
      text('vpc_endpoint_name', PE.endpointName, ALIBABA.endpoint),
      text('endpoint_description', PE.description, ALIBABA.endpoint),
      text('endpoint_type', [PE.endpointType], ALIBABA.endpoint),
      text('address_ip_version', [PE.addressIpVersion], ALIBABA.endpoint),
      list('security_group_ids', { list: [PE.maxSecurityGroups], unique: true }, ALIBABA.endpoint),
      whole('zone_private_ip_address_count', [PE.zonePrivateIpAddressCount], ALIBABA.endpoint),
      text('policy_document', PE.policyDocument, ALIBABA.endpoint),
      whole('cross_region_bandwidth', PE.crossRegionBandwidth, ALIBABA.endpoint),
      tags('tags', PE.tags, ALIBABA.tags),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_zone': {
    engine: 'terraform',
    attributes: [
      ...['endpoint_id', 'vswitch_id', 'zone_id'].map(a => text(a, PE.id, ALIBABA.endpoint)),
      text('eni_ip', [PE.zoneIp], ALIBABA.endpoint),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_service': {
    engine: 'terraform',
    attributes: [
      text('resource_group_id', PS.id, ALIBABA.service),
      text('service_description', PS.description, ALIBABA.service),
      whole('connect_bandwidth', PS.connectBandwidth, ALIBABA.provider),
      text('payer', PS.payer, ALIBABA.service),
      text('service_resource_type', PS.resourceType, ALIBABA.service),
      text('address_ip_version', PS.addressIpVersion, ALIBABA.service),
      blocks('resource', PS.resources, [
        text('resource_id', PS.id, ALIBABA.resource),
        text('resource_type', PS.resourceType, ALIBABA.resource),
        text('zone_id', PS.id, ALIBABA.resource),
      ], ALIBABA.resource),
      list('supported_region_list', { each: PS.id, unique: true }, ALIBABA.service),
      tags('tags', PS.tags, ALIBABA.tags),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_service_resource': {
    engine: 'terraform',
    attributes: [
      ...['service_id', 'resource_id', 'zone_id'].map(a => text(a, PS.id, ALIBABA.resource)),
      text('resource_type', PS.resourceType, ALIBABA.resource),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_service_user': {
    engine: 'terraform',
    attributes: [
      text('service_id', PS.id, ALIBABA.user),
      text('user_id', PS.allowedUser, ALIBABA.user),
      text('user_arn', PS.allowedUser, ALIBABA.user),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_connection': {
    engine: 'terraform',
    attributes: [
      ...['endpoint_id', 'service_id'].map(a => text(a, PS.id, ALIBABA.connection)),
      whole('bandwidth', PS.connectionBandwidth, ALIBABA.connection),
    ],
  },
};
