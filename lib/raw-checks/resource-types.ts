/**
 * Which rules of the tables apply to which attribute of each raw resource type the library knows, and where each
 * comes from. Nothing here states a limit: every rule is read from the table of the construct that wraps the type,
 * so a raw resource, an L2 and the command-line checker cannot disagree.
 */
import { AttributeCheck, BlockRules, EnvRules, ProviderReading, blocks, list, readAs, set, tags, text, unsetWhenEmpty, whole } from './attribute-checks';
import { ResourceCheck, decidedByCloudWhenUnset, sentUnlessEmpty, stringSet, text as textArgument, together } from './resource-checks';
import { Rule } from '../core/rules';
import { TagPolicy } from '../core/tags';
import { Validator } from '../core/validator';
import { PRIVATE_LINK_ENDPOINT_RULES } from '../rules/alicloud/private-link-endpoint';
import { PRIVATE_LINK_ENDPOINT_SERVICE_RULES } from '../rules/alicloud/private-link-endpoint-service';
import { KnownEnv, OWN_ACCOUNT_REASON, OWN_ACCOUNT_REFERENCE, grantee } from '../rules/aws/account-id';
import { REDSHIFT_ENDPOINT_AUTHORIZATION_RULES } from '../rules/aws/redshift-endpoint-authorization';
import { CLUSTER_IDENTIFIER } from '../rules/aws/redshift-identifier';
import { REDSHIFT_MANAGED_ENDPOINT_RULES } from '../rules/aws/redshift-managed-endpoint';
import { SNAPSHOT_SHARE_RULES, snapshotArnInEnv } from '../rules/aws/snapshot-share';
import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';
import { VPCEP_SERVICE_RULES } from '../rules/vpcep/service';

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
  /** CreateEndpointService's field comments, as Huawei's generated SDK carries them (snat_network_id with ipv6). */
  serviceFields: 'https://github.com/huaweicloud/huaweicloud-sdk-go-v3/blob/6b559daff75c/services/vpcep/v1/model/model_create_endpoint_service_request_body.go',
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
  /** CreateVpcEndpointService's field comments, as Alibaba's generated SDK carries them (which resource types take DualStack). */
  serviceFields: 'https://github.com/aliyun/alibabacloud-typescript-sdk/blob/725da59dca788cb172187831e8366ecb7ca0b042/privatelink-20200415/src/models/CreateVpcEndpointServiceRequest.ts',
  user: 'https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-addusertovpcendpointservice',
  connection: 'https://alibabacloud.com/help/en/privatelink/developer-reference/api-privatelink-2020-04-15-enablevpcendpointconnection',
  provider: 'https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/privatelink_vpc_endpoint_service',
};

/**
 * The providers' source, where it shows how they read an argument otherwise than the construct's prop or the API:
 * what they send for an empty value, prefixes they add. Each at the commit read. An ID whose only rule is "not empty"
 * is not checked where the provider takes "" for unset (a Huawei Cloud region or subnet, an Alibaba Cloud zone or
 * resource group): no value would break a rule.
 */
const PROVIDER_SOURCE = {
  awsEndpointAccess: 'https://github.com/hashicorp/terraform-provider-aws/blob/af55dfb90500e80afb9d9ba64a76024e500c948a/internal/service/redshift/endpoint_access.go',
  huaweiEndpoint: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/huaweicloud/services/vpcep/resource_huaweicloud_vpcep_endpoint.go',
  huaweiEndpointRequest: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/vendor/github.com/chnsz/golangsdk/openstack/vpcep/v1/endpoints/requests.go',
  huaweiService: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/huaweicloud/services/vpcep/resource_huaweicloud_vpcep_service.go',
  huaweiServiceRequest: 'https://github.com/huaweicloud/terraform-provider-huaweicloud/blob/a0345b8dcc818aa80d932ec0802891222b0a22af/vendor/github.com/chnsz/golangsdk/openstack/vpcep/v1/services/requests.go',
  otcEndpointRequest: 'https://github.com/opentelekomcloud/gophertelekomcloud/blob/30e3307593c0a3c6cc92ed1309d873fdf9241c8b/openstack/vpcep/v1/endpoints/requests.go',
  otcService: OTC.whitelist,
  alibabaEndpoint: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint.go',
  alibabaZone: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint_zone.go',
  alibabaService: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint_service.go',
  alibabaUser: 'https://github.com/aliyun/terraform-provider-alicloud/blob/81c43b6727a09e9da37b3d88818c3ba5fa17fa14/alicloud/resource_alicloud_privatelink_vpc_endpoint_service_user.go',
};

/** An optional argument whose empty value the provider does not send: the API's default applies. */
const notSentWhenEmpty = (source: string, empty = '""'): ProviderReading => ({
  note: `${empty} is not sent: the provider reads it as unset`, source,
});
/** An optional text argument the provider leaves out of the request when it is `""`. */
const emptyText = (check: AttributeCheck, source: string) => unsetWhenEmpty(check, 'text', notSentWhenEmpty(source));

/** The rules of one resource type. */
export interface ResourceTypeRules {
  /** How the type's resources are written: in CloudFormation templates, or in Terraform configurations and plans. */
  readonly engine: 'cloudformation' | 'terraform';
  /** What the entry covers, when it is narrower than the type. */
  readonly note?: string;
  readonly attributes: readonly AttributeCheck[];
  /** The rules that tie several arguments together, applied after those on each argument. */
  readonly together?: readonly ResourceCheck[];
}

const VE = VPCEP_ENDPOINT_RULES;
const VS = VPCEP_SERVICE_RULES;
const PE = PRIVATE_LINK_ENDPOINT_RULES;
const PS = PRIVATE_LINK_ENDPOINT_SERVICE_RULES;
/** How many port mappings one service takes. */
const PORT_MAPPING_COUNT: Rule<readonly never[]> = VS.portMappings.list[0];
const ids = (source: string, ...attributes: string[]) => attributes.map(a => text(a, VE.id, source));
/** An optional text argument of the Alibaba Cloud endpoint, which the provider sends only when it is not "". */
const alibabaEndpointText = (attribute: string, rules: readonly Rule<string>[]) =>
  emptyText(text(attribute, rules, ALIBABA.endpoint), PROVIDER_SOURCE.alibabaEndpoint);

/** How one cloud's provider reads the arguments both clouds' VPCEP endpoints have. */
interface VpcepEndpointProvider {
  /** The request body the provider sends, which leaves out an empty port IP. */
  readonly request: string;
  /** How it reads `whitelist`, beyond its being a set. */
  readonly whitelist?: ProviderReading;
}

/** The arguments both clouds' VPCEP endpoints have, in each provider's names. */
function vpcepEndpoint(source: string, names: { routeTables: string; portIp: string }, tagPolicy: TagPolicy,
  provider: VpcepEndpointProvider): AttributeCheck[] {
  const whitelist = set('whitelist', VE.whitelist, source);
  return [
    ...ids(source, 'service_id', 'vpc_id'),
    list(names.routeTables, { each: VE.id }, source),
    emptyText(text(names.portIp, VE.portIp, source), provider.request),
    provider.whitelist ? readAs(whitelist, provider.whitelist) : whitelist,
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
  /** How the provider reads the optional text arguments: name, service_type, tcp_proxy and each port's protocol. */
  readonly optionalText: (check: AttributeCheck) => AttributeCheck;
  /** How the provider reads the values of server_type, service_type and tcp_proxy. */
  readonly enumeration: (check: AttributeCheck) => AttributeCheck;
  /** The rules on the port blocks beyond each field, and how the provider reads the blocks. */
  readonly portBlocks: { readonly rules: BlockRules; readonly reading?: ProviderReading };
}

/** The arguments both clouds' VPCEP services have, in each provider's names. */
function vpcepService(source: string, ports: { portBlock: string; clientPort: string; serverPort: string },
  cloud: VpcepServiceCloud): AttributeCheck[] {
  return [
    ...ids(source, 'vpc_id'),
    cloud.optionalText(text('name', cloud.name[0], cloud.name[1])),
    cloud.enumeration(text('server_type', VS.serverType, source)),
    text('port_id', VS.portId, source),
    cloud.enumeration(cloud.optionalText(text('service_type', VS.serviceType, source))),
    portBlocks(blocks(ports.portBlock, PORT_MAPPING_COUNT, [
      cloud.optionalText(text('protocol', VS.protocol, source)),
      whole(ports.clientPort, VS.port, source),
      whole(ports.serverPort, VS.port, source),
    ], source, cloud.portBlocks.rules), cloud.portBlocks.reading),
    text('description', cloud.description, source),
    cloud.enumeration(cloud.optionalText(text('tcp_proxy', cloud.tcpProxy[0], cloud.tcpProxy[1]))),
    tags('tags', cloud.tags, source),
  ];
}

function portBlocks(check: AttributeCheck, reading: ProviderReading | undefined): AttributeCheck {
  return reading ? readAs(check, reading) : check;
}

/**
 * Huawei Cloud's `port_mapping` is a list: a mapping written twice reaches the API, which refuses "duplicate port
 * mappings in the same VPC endpoint service". Two are the same when the protocol (TCP when not set, or "") and both
 * ports are; the key is the constructs' own (`portMappings.uniqueKey`).
 */
const HUAWEI_PORT_MAPPINGS: BlockRules = {
  unique: {
    key: (block, v) => {
      const { protocol, terminal_port: terminalPort, service_port: servicePort } = block;
      // A port left out is 0, which the provider does not send either; one that is no whole number is reported already.
      const ports = [terminalPort, servicePort].map(port => (port === undefined || port === null ? 0 : Number(port)));
      if ([protocol, terminalPort, servicePort].some(value => v.isUnresolved(value)) || !ports.every(Number.isInteger)) return undefined;
      return VS.portMappings.uniqueKey({
        protocol: typeof protocol === 'string' && protocol !== '' ? protocol : undefined,
        terminalPort: ports[0],
        servicePort: ports[1],
      });
    },
    why: 'the API refuses a port mapping given twice in one service',
  },
};

/** An approval of connections to a VPCEP service (AcceptOrRejectEndpoint). */
function vpcepApproval(source: string): AttributeCheck[] {
  return [text('service_id', VS.serviceId, source), set('endpoints', { each: VE.id, unique: true }, source)];
}

/** The zone of a backend load balancer: "" is not sent, so it is a zone not given. */
const zoneOfBackend = { resourceType: textArgument('resource_type'), zoneId: sentUnlessEmpty('zone_id') };

/**
 * One backend in the service's inline `resource` block: its ID (the schema makes it optional; the API attaches nothing
 * without it) and, for alb, nlb and gwlb, its zone.
 */
const backendResource = (source: string): ResourceCheck[] => [
  together(PS.resourceId, { resourceId: textArgument('resource_id') }, source),
  together(PS.zoneForResourceType, zoneOfBackend, source),
];

/** A grantee account, as the constructs check it against their stack's account. */
const GRANTEE: EnvRules = {
  rules: grantee,
  described: [`must not be the stack's own account, where that is known: ${OWN_ACCOUNT_REASON}`],
};

/** A grantee account in a template: also refused as `{ "Ref": "AWS::AccountId" }`, the stack's account in any stack. */
function templateGrantee(check: AttributeCheck): AttributeCheck {
  return {
    ...check,
    rules: [...check.rules, 'must not be { "Ref": "AWS::AccountId" }, the stack\'s own account'],
    check: (v, property, value, env) => {
      if (JSON.stringify(value) === JSON.stringify(OWN_ACCOUNT_REFERENCE.template)) v.fail(property, value, OWN_ACCOUNT_REFERENCE.message);
      else check.check(v, property, value, env);
    },
  };
}

/** A snapshot ARN, as `SnapshotShare` checks it against its stack's account, Region and partition. */
const SNAPSHOT_ARN_IN_ENV: EnvRules = {
  rules: snapshotArnInEnv,
  described: ['must be owned by the stack\'s account, and in its Region and partition, where those are known'],
};

/** The actions of an `AwsCustomResource` (`Custom::AWS`) that share a snapshot, as aws-cdk-lib writes them. */
const SHARE_ACTION = /^authorizeSnapshotAccess(Command)?$/i;
const SNAPSHOT_SHARE_PARAMETERS = [
  text('AccountWithRestoreAccess', SNAPSHOT_SHARE_RULES.account, AWS.snapshotAccess, GRANTEE),
  text('SnapshotIdentifier', SNAPSHOT_SHARE_RULES.snapshotIdentifier, AWS.snapshotAccess),
  text('SnapshotClusterIdentifier', SNAPSHOT_SHARE_RULES.snapshotClusterIdentifier, AWS.snapshotAccess),
  text('SnapshotArn', SNAPSHOT_SHARE_RULES.snapshotArn, AWS.snapshotAccess, SNAPSHOT_ARN_IN_ENV),
];

/**
 * The JSON text of an SDK call: the text itself, or that of an `Fn::Sub` or an `Fn::Join`, whose computed parts read
 * as `${...}` (hand-written templates put a parameter into the call so). `computed` says whether such parts may occur.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 */
function sdkCallText(value: unknown): { text: string; computed: boolean } | undefined {
  if (typeof value === 'string') return { text: value, computed: false };
  const { 'Fn::Sub': sub, 'Fn::Join': join } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const template = Array.isArray(sub) ? sub[0] : sub;
  if (typeof template === 'string') return { text: template, computed: true };
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return { text: join[1].map(part => (typeof part === 'string' ? part : '${}')).join(join[0]), computed: true };
  }
  return undefined;
}

/**
 * `Create` or `Update` of an `AwsCustomResource`: the SDK call as JSON text, or an `Fn::Sub` or `Fn::Join` of it.
 * Only a Redshift AuthorizeSnapshotAccess call is checked, parameter by parameter; a value with a computed part is
 * known only at deploy time, and left alone.
 */
function snapshotShareCall(attribute: string): AttributeCheck {
  return {
    attribute,
    source: AWS.snapshotAccess,
    rules: SNAPSHOT_SHARE_PARAMETERS.flatMap(p => p.rules.map(r => `parameters.${p.attribute} ${r}`)),
    check: (v: Validator, property: string, value: unknown, env: KnownEnv) => {
      const source = sdkCallText(value);
      if (source === undefined) return;
      const known = (given: unknown) => !(source.computed && typeof given === 'string' && given.includes('${'));
      let call: { service?: unknown; action?: unknown; parameters?: Record<string, unknown>; region?: unknown; assumedRoleArn?: unknown };
      try {
        call = JSON.parse(source.text);
      } catch {
        return;
      }
      if (!/^(redshift|@aws-sdk\/client-redshift)$/i.test(String(call?.service)) || !SHARE_ACTION.test(String(call.action))) return;
      const parameters = call.parameters ?? {};
      // The call goes to its own region, if it names one, and runs in the account of the role it assumes, if any.
      const callEnv: KnownEnv = {
        account: call.assumedRoleArn === undefined ? env.account : undefined,
        region: call.region === undefined ? env.region : typeof call.region === 'string' && known(call.region) ? call.region : undefined,
      };
      for (const parameter of SNAPSHOT_SHARE_PARAMETERS) {
        const given = parameters[parameter.attribute];
        if (given !== undefined && given !== null && known(given)) {
          parameter.check(v, `${property}.parameters.${parameter.attribute}`, given, callEnv);
        }
      }
    },
  };
}

/** Every resource type the checks know, by its type name. */
export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeRules>> = {
  'AWS::Redshift::EndpointAccess': {
    engine: 'cloudformation',
    attributes: [
      text('ClusterIdentifier', CLUSTER_IDENTIFIER, AWS.clusterIdentifier),
      text('EndpointName', REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName, AWS.endpointAccess),
      text('SubnetGroupName', REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName, AWS.endpointAccess),
      text('ResourceOwner', REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner, AWS.endpointAccess),
      list('VpcSecurityGroupIds', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, AWS.endpointAccess),
    ],
  },
  'AWS::Redshift::EndpointAuthorization': {
    engine: 'cloudformation',
    attributes: [
      templateGrantee(text('Account', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.account, AWS.endpointAuthorization, GRANTEE)),
      text('ClusterIdentifier', CLUSTER_IDENTIFIER, AWS.clusterIdentifier),
      list('VpcIds', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds, AWS.endpointAuthorization),
    ],
  },
  'Custom::AWS': {
    engine: 'cloudformation',
    note: 'an AwsCustomResource that calls Redshift AuthorizeSnapshotAccess (a snapshot share)',
    attributes: [snapshotShareCall('Create'), snapshotShareCall('Update')],
  },

  'aws_redshift_endpoint_access': {
    engine: 'terraform',
    attributes: [
      text('cluster_identifier', CLUSTER_IDENTIFIER, AWS.clusterIdentifier),
      text('endpoint_name', REDSHIFT_MANAGED_ENDPOINT_RULES.endpointName, AWS.endpointAccess),
      text('subnet_group_name', REDSHIFT_MANAGED_ENDPOINT_RULES.subnetGroupName, AWS.endpointAccess),
      emptyText(text('resource_owner', REDSHIFT_MANAGED_ENDPOINT_RULES.resourceOwner, AWS.endpointAccess), PROVIDER_SOURCE.awsEndpointAccess),
      // Optional here, unlike VpcSecurityGroupIds in CloudFormation: an empty set is not sent, and the default group applies.
      unsetWhenEmpty(set('vpc_security_group_ids', REDSHIFT_MANAGED_ENDPOINT_RULES.securityGroupIds, AWS.endpointAccess), 'list', {
        note: '[] is not sent: the endpoint gets the VPC\'s default security group', source: PROVIDER_SOURCE.awsEndpointAccess,
      }),
    ],
  },
  'aws_redshift_endpoint_authorization': {
    engine: 'terraform',
    attributes: [
      text('account', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.account, AWS.endpointAuthorization, GRANTEE),
      text('cluster_identifier', CLUSTER_IDENTIFIER, AWS.clusterIdentifier),
      set('vpc_ids', REDSHIFT_ENDPOINT_AUTHORIZATION_RULES.vpcIds, AWS.endpointAuthorization),
    ],
  },

  'huaweicloud_vpcep_endpoint': {
    engine: 'terraform',
    attributes: [
      ...vpcepEndpoint(HUAWEI.endpoint, { routeTables: 'routetables', portIp: 'ip_address' }, VE.huaweicloudTags, {
        request: PROVIDER_SOURCE.huaweiEndpointRequest,
        whitelist: { note: 'sent only when enable_whitelist is true', source: PROVIDER_SOURCE.huaweiEndpoint },
      }),
      emptyText(text('policy_document', VE.policyDocument, HUAWEI.endpoint), PROVIDER_SOURCE.huaweiEndpoint),
      emptyText(text('ip_version', VE.ipVersion, HUAWEI.endpoint), PROVIDER_SOURCE.huaweiEndpointRequest),
      emptyText(text('ipv6_address', VE.ipv6Address, HUAWEI.endpoint), PROVIDER_SOURCE.huaweiEndpointRequest),
    ],
    together: [
      // ip_version left out is the cloud's choice (Optional and Computed; the API page states no default).
      together(VE.ipv6AddressDualStack,
        { ipVersion: decidedByCloudWhenUnset('ip_version'), ipv6Address: sentUnlessEmpty('ipv6_address') }, HUAWEI.endpoint),
    ],
  },
  'opentelekomcloud_vpcep_endpoint_v1': {
    engine: 'terraform',
    attributes: vpcepEndpoint(OTC.endpoint, { routeTables: 'route_tables', portIp: 'port_ip' }, VE.opentelekomcloudTags,
      { request: PROVIDER_SOURCE.otcEndpointRequest }),
  },
  'huaweicloud_vpcep_service': {
    engine: 'terraform',
    attributes: [
      ...vpcepService(HUAWEI.service, { portBlock: 'port_mapping', clientPort: 'terminal_port', serverPort: 'service_port' }, {
        name: [VS.name, HUAWEI.service],
        description: VS.description,
        tcpProxy: [VS.huaweicloudTcpProxy, HUAWEI.service],
        tags: VE.huaweicloudTags,
        optionalText: check => emptyText(check, PROVIDER_SOURCE.huaweiServiceRequest),
        enumeration: check => check,
        portBlocks: { rules: HUAWEI_PORT_MAPPINGS },
      }),
      emptyText(text('ip_version', VS.ipVersion, HUAWEI.service), PROVIDER_SOURCE.huaweiServiceRequest),
      // The provider sends each set with its own permission type: the records of the other type are refused.
      readAs(set('permissions', { each: VS.domainPermission, unique: true }, HUAWEI.permissions), {
        note: 'sent with permission_type domainId: account records only (organizations go in organization_permissions)',
        source: PROVIDER_SOURCE.huaweiService,
      }),
      readAs(set('organization_permissions', { each: VS.organizationPermission, unique: true }, HUAWEI.permissions), {
        note: 'sent with permission_type orgPath: organization records only (accounts go in permissions)',
        source: PROVIDER_SOURCE.huaweiService,
      }),
    ],
    together: [
      together(VS.ipv6SnatNetwork,
        { ipVersion: sentUnlessEmpty('ip_version'), snatNetworkId: sentUnlessEmpty('snat_network_id') }, HUAWEI.serviceFields),
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
        // The provider refuses "" for name, service_type, tcp_proxy and protocol (StringLenBetween, StringInSlice).
        optionalText: check => check,
        enumeration: check => readAs(check, {
          note: 'the provider takes any case (StringInSlice ignoring case) and sends the value as written: the check keeps the API\'s spelling',
          source: PROVIDER_SOURCE.otcService,
        }),
        // A set of blocks: Terraform merges a mapping written twice (the provider's default TCP included), so no
        // repeat reaches the API.
        portBlocks: {
          rules: {},
          reading: { note: 'a set: Terraform merges a mapping written twice, so none repeats', source: PROVIDER_SOURCE.otcService },
        },
      }),
      readAs(set('whitelist', { each: VS.opentelekomcloudWhitelistEntry, unique: true }, OTC.permissions), {
        note: 'bare domain IDs, not the API\'s records: the provider prepends "iam:domain::" to each', source: PROVIDER_SOURCE.otcService,
      }),
    ],
  },
  'huaweicloud_vpcep_approval': {
    engine: 'terraform',
    attributes: vpcepApproval(HUAWEI.approval),
  },
  'opentelekomcloud_vpcep_approval_v1': {
    engine: 'terraform',
    attributes: vpcepApproval(OTC.service),
  },

  'alicloud_privatelink_vpc_endpoint': {
    engine: 'terraform',
    attributes: [
      text('vpc_id', PE.id, ALIBABA.endpoint),
      alibabaEndpointText('vpc_endpoint_name', PE.endpointName),
      alibabaEndpointText('endpoint_description', PE.description),
      // The provider refuses "" for these two (StringInSlice).
      text('endpoint_type', [PE.endpointType], ALIBABA.endpoint),
      text('address_ip_version', [PE.addressIpVersion], ALIBABA.endpoint),
      set('security_group_ids', { list: [PE.maxSecurityGroups], unique: true }, ALIBABA.endpoint),
      whole('zone_private_ip_address_count', [PE.zonePrivateIpAddressCount], ALIBABA.endpoint),
      alibabaEndpointText('policy_document', PE.policyDocument),
      unsetWhenEmpty(whole('cross_region_bandwidth', PE.crossRegionBandwidth, ALIBABA.endpoint), 'number',
        notSentWhenEmpty(PROVIDER_SOURCE.alibabaEndpoint, '0')),
      tags('tags', PE.tags, ALIBABA.tags),
    ],
    together: [
      // endpoint_type left out is the cloud's choice (Optional and Computed; the API page states no default).
      together(PE.securityGroupsForType,
        { endpointType: decidedByCloudWhenUnset('endpoint_type'), securityGroupIds: stringSet('security_group_ids') }, ALIBABA.endpoint),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_zone': {
    engine: 'terraform',
    attributes: [
      ...['endpoint_id', 'vswitch_id'].map(a => text(a, PE.id, ALIBABA.endpoint)),
      emptyText(text('eni_ip', [PE.zoneIp], ALIBABA.endpoint), PROVIDER_SOURCE.alibabaZone),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_service': {
    engine: 'terraform',
    attributes: [
      emptyText(text('service_description', PS.description, ALIBABA.service), PROVIDER_SOURCE.alibabaService),
      whole('connect_bandwidth', PS.connectBandwidth, ALIBABA.provider),
      text('payer', PS.payer, ALIBABA.service),
      text('service_resource_type', PS.resourceType, ALIBABA.service),
      text('address_ip_version', PS.addressIpVersion, ALIBABA.service),
      readAs(blocks('resource', PS.resourcesAtCreation, [
        text('resource_id', PS.id, ALIBABA.resource),
        text('resource_type', PS.resourceType, ALIBABA.resource),
      ], ALIBABA.resource, { together: backendResource(ALIBABA.resource) }), {
        note: 'a set whose entries are told apart by resource_id and resource_type only: an entry repeating both merges',
        source: PROVIDER_SOURCE.alibabaService,
      }),
      set('supported_region_list', { each: PS.id, unique: true }, ALIBABA.service),
      tags('tags', PS.tags, ALIBABA.tags),
    ],
    together: [
      // service_resource_type left out is the cloud's choice (Optional and Computed).
      together(PS.dualStackResourceType, {
        addressIpVersion: textArgument('address_ip_version'), serviceResourceType: decidedByCloudWhenUnset('service_resource_type'),
      }, ALIBABA.serviceFields),
    ],
  },
  'alicloud_privatelink_vpc_endpoint_service_resource': {
    engine: 'terraform',
    attributes: [
      ...['service_id', 'resource_id'].map(a => text(a, PS.id, ALIBABA.resource)),
      text('resource_type', PS.resourceType, ALIBABA.resource),
    ],
    together: [together(PS.zoneForResourceType, zoneOfBackend, ALIBABA.resource)],
  },
  'alicloud_privatelink_vpc_endpoint_service_user': {
    engine: 'terraform',
    attributes: [
      text('service_id', PS.id, ALIBABA.user),
      text('user_id', PS.userId, ALIBABA.user),
      emptyText(text('user_arn', PS.userArn, ALIBABA.user), PROVIDER_SOURCE.alibabaUser),
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
