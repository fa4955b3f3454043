/**
 * A rule that ties several values together is defined once and read by the constructs (in their props' names) and
 * by the raw checks (in the provider's argument names). For any input, both must judge it as the rule says: the same
 * entries, the same verdict.
 */
import * as fc from 'fast-check';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { PrivateLinkServiceResourceType } from '../../lib/alicloud/private-link-endpoint-service-types';
import { PrivateLinkEndpointType } from '../../lib/alicloud/private-link-endpoint-types';
import { PrivateLinkIpVersion } from '../../lib/alicloud/private-link-ip-version';
import { Validator } from '../../lib/core/validator';
import { checkAttributes } from '../../lib/raw-checks/check-resource';
import { VpcepIpVersion } from '../../lib/vpcep/vpcep-endpoint-types';
import { VpcepPortMapping, VpcepPortProtocol, VpcepServiceIpVersion } from '../../lib/vpcep/vpcep-service-types';
import { SERVICE_ID, VPC, alicloudStack, attempt } from '../alicloud/support';
import { tryValidation } from '../support/validation';
import {
  HUAWEICLOUD, HUAWEICLOUD_SERVICE, PORT_ID, SERVICE_BASE, SERVICE_ID as SERVICE_ID_VPCEP, SUBNET_ID, VPC_ID, newStack, serviceErrorFor,
} from '../support/vpcep';

/** The raw checks' verdict on a resource's literal arguments: `property: message` each. */
function rawViolations(type: string, args: Record<string, unknown>): string[] {
  const validator = new Validator(() => false);
  checkAttributes(validator, type, args);
  return validator.violations.map(v => `${v.property}: ${v.message}`);
}

/** Port mappings from few values, so that repeats are common; the protocol given as TCP or left out. */
const PORT_MAPPINGS = fc.array(fc.record({
  servicePort: fc.constantFrom(8080, 8443),
  terminalPort: fc.constantFrom(80, 443),
  protocol: fc.constantFrom(undefined, VpcepPortProtocol.TCP),
}, { requiredKeys: ['servicePort', 'terminalPort'] }), { minLength: 1, maxLength: 5 });

/** The indices the rule names: each mapping whose protocol (TCP when left out) and ports an earlier one has. */
function repeatedIndices(mappings: readonly VpcepPortMapping[]): number[] {
  const seen = new Set<string>();
  return mappings.flatMap((m, i) => {
    const key = `${m.protocol ?? 'TCP'}/${m.terminalPort}/${m.servicePort}`;
    if (seen.has(key)) return [i];
    seen.add(key);
    return [];
  });
}

describe('a port mapping given twice (Huawei Cloud), judged by the construct and by the raw checks', () => {
  test('both report exactly the repeated mappings, each on its own index (property)', () => {
    fc.assert(fc.property(PORT_MAPPINGS, mappings => {
      // GIVEN the same mappings as props and as a raw huaweicloud_vpcep_service
      const raw = {
        vpc_id: VPC_ID,
        port_id: PORT_ID,
        server_type: 'VM',
        port_mapping: mappings.map(m => ({ service_port: m.servicePort, terminal_port: m.terminalPort, protocol: m.protocol })),
      };

      // WHEN each judges them
      const construct = serviceErrorFor(HUAWEICLOUD_SERVICE, { ...SERVICE_BASE, portMappings: mappings })?.violations
        .filter(v => v.message.startsWith('repeats ')).map(v => v.property) ?? [];
      const checker = rawViolations('huaweicloud_vpcep_service', raw)
        .filter(v => v.includes(': repeats ')).map(v => v.slice(0, v.indexOf(':')));

      // THEN both name the repeats the rule defines, in their own names
      const expected = repeatedIndices(mappings);
      expect(construct).toEqual(expected.map(i => `portMappings[${i}]`));
      expect(checker).toEqual(expected.map(i => `port_mapping[${i}]`));
    }), { numRuns: 60 });
  });
});

describe('security groups by Alibaba Cloud endpoint type, judged by the construct and by the raw checks', () => {
  /** The cross rule's own findings: the other list rules (distinct IDs, at most 10) differ by design (a set in Terraform). */
  const BY_TYPE = /for an? (Interface|GatewayLoadBalancer) endpoint/;
  const GROUPS = fc.array(fc.constantFrom('sg-1', 'sg-2', 'sg-3'), { maxLength: 3 });

  test('both refuse exactly an Interface endpoint without groups and a GatewayLoadBalancer one with groups (property)', () => {
    fc.assert(fc.property(fc.constantFrom(PrivateLinkEndpointType.INTERFACE, PrivateLinkEndpointType.GATEWAY_LOAD_BALANCER), GROUPS,
      (endpointType, securityGroupIds) => {
        // WHEN the construct and the raw checks judge the same type and groups
        const construct = attempt({ vpcId: VPC, serviceId: SERVICE_ID, endpointType, securityGroupIds })?.violations
          .filter(v => v.property === 'securityGroupIds' && BY_TYPE.test(v.message)) ?? [];
        const checker = rawViolations('alicloud_privatelink_vpc_endpoint',
          { vpc_id: VPC, service_id: SERVICE_ID, endpoint_type: endpointType, security_group_ids: securityGroupIds })
          .filter(v => v.startsWith('security_group_ids: ') && BY_TYPE.test(v));

        // THEN both refuse what the API refuses, once each
        const refused = endpointType === PrivateLinkEndpointType.INTERFACE ? securityGroupIds.length === 0 : securityGroupIds.length > 0;
        expect(construct).toHaveLength(refused ? 1 : 0);
        expect(checker).toHaveLength(refused ? 1 : 0);
      }), { numRuns: 40 });
  });
});

/** The violations a construct made by `make` raises on `property` that match `rule`. */
function constructViolations(make: () => unknown, property: string, rule: RegExp): string[] {
  return (tryValidation(make)?.violations ?? []).filter(v => v.property === property && rule.test(v.message)).map(v => v.property);
}

/** The raw checks' violations of a resource on `argument` that match `rule`. */
function rawOn(type: string, args: Record<string, unknown>, argument: string, rule: RegExp): string[] {
  return rawViolations(type, args).filter(v => v.startsWith(`${argument}: `) && rule.test(v)).map(v => v.slice(0, v.indexOf(':')));
}

describe('an IPv6 address of a Huawei Cloud endpoint needs ip_version "dualstack", judged by the construct and the raw checks', () => {
  // With no version given the two differ on purpose: the construct asks for "dualstack" to be said, while a raw
  // resource's ip_version left out is the cloud's choice (Optional and Computed), which the raw checks do not guess.
  const RULE = /requires (ipVersion|ip_version) "dualstack"/;

  test('both refuse exactly an address with a literal version other than dualstack (property)', () => {
    fc.assert(fc.property(fc.constantFrom(VpcepIpVersion.IPV4, VpcepIpVersion.DUALSTACK), fc.constantFrom(undefined, '2001:db8::10'),
      (ipVersion, ipv6Address) => {
        // WHEN the construct and the raw checks judge the same version and address
        const construct = constructViolations(() => HUAWEICLOUD.create(newStack(HUAWEICLOUD), 'Endpoint',
          { serviceId: SERVICE_ID_VPCEP, vpcId: VPC_ID, subnetId: SUBNET_ID, ipVersion, ipv6Address }), 'ipv6Address', RULE);
        const checker = rawOn('huaweicloud_vpcep_endpoint',
          { service_id: SERVICE_ID_VPCEP, vpc_id: VPC_ID, network_id: SUBNET_ID, ip_version: ipVersion, ipv6_address: ipv6Address }, 'ipv6_address', RULE);
        // THEN both refuse what the API refuses
        const refused = ipv6Address !== undefined && ipVersion !== VpcepIpVersion.DUALSTACK;
        expect(construct).toEqual(refused ? ['ipv6Address'] : []);
        expect(checker).toEqual(refused ? ['ipv6_address'] : []);
      }), { numRuns: 20 });
  });
});

describe('an IPv6 Huawei Cloud service needs a SNAT subnet, judged by the construct and the raw checks', () => {
  const RULE = /must be given for an IPv6 service/;

  test('both refuse exactly an ipv6 service without snat_network_id (property)', () => {
    fc.assert(fc.property(fc.constantFrom(undefined, VpcepServiceIpVersion.IPV4, VpcepServiceIpVersion.IPV6), fc.constantFrom(undefined, SUBNET_ID),
      (ipVersion, snatNetworkId) => {
        // WHEN the construct and the raw checks judge the same version and SNAT subnet
        const construct = serviceErrorFor(HUAWEICLOUD_SERVICE, { ...SERVICE_BASE, ipVersion, snatNetworkId })?.violations
          .filter(v => v.property === 'snatNetworkId' && RULE.test(v.message)).map(v => v.property) ?? [];
        const checker = rawOn('huaweicloud_vpcep_service', {
          vpc_id: VPC_ID,
          port_id: PORT_ID,
          server_type: 'VM',
          port_mapping: [{ service_port: 8080, terminal_port: 80 }],
          ip_version: ipVersion,
          snat_network_id: snatNetworkId,
        }, 'snat_network_id', RULE);
        // THEN both refuse what the API refuses
        const refused = ipVersion === VpcepServiceIpVersion.IPV6 && snatNetworkId === undefined;
        expect(construct).toEqual(refused ? ['snatNetworkId'] : []);
        expect(checker).toEqual(refused ? ['snat_network_id'] : []);
      }), { numRuns: 20 });
  });
});

describe('an Alibaba Cloud backend needs a zone for alb, nlb and gwlb, judged by the construct and the raw checks', () => {
  const RULE = /must be given for resource type/;

  test('both refuse exactly a zonal load balancer without a zone (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.values(PrivateLinkServiceResourceType)), fc.constantFrom(undefined, 'cn-hangzhou-h'),
      (resourceType, zoneId) => {
        // WHEN the construct and the raw checks judge the same backend
        const construct = constructViolations(() => new PrivateLinkEndpointService(alicloudStack(), 'Service',
          { resources: [{ resourceType, resourceId: 'lb-1', zoneId }] }), 'resources[0].zoneId', RULE);
        const checker = rawOn('alicloud_privatelink_vpc_endpoint_service_resource',
          { service_id: 'epsrv-1', resource_type: resourceType, resource_id: 'lb-1', zone_id: zoneId }, 'zone_id', RULE);
        // THEN both refuse what the API refuses
        const refused = resourceType !== PrivateLinkServiceResourceType.CLB && zoneId === undefined;
        expect(construct).toEqual(refused ? ['resources[0].zoneId'] : []);
        expect(checker).toEqual(refused ? ['zone_id'] : []);
      }), { numRuns: 20 });
  });
});

describe('an Alibaba Cloud dual-stack service needs nlb or gwlb backends, judged by the construct and the raw checks', () => {
  const RULE = /must not be "DualStack" for a service of resource type/;

  test('both refuse exactly DualStack with a CLB or ALB resource type (property)', () => {
    fc.assert(fc.property(fc.constantFrom(undefined, ...Object.values(PrivateLinkIpVersion)),
      fc.constantFrom(undefined, ...Object.values(PrivateLinkServiceResourceType)),
      (addressIpVersion, serviceResourceType) => {
        // WHEN the construct and the raw checks judge the same version and resource type
        const construct = constructViolations(() => new PrivateLinkEndpointService(alicloudStack(), 'Service',
          { addressIpVersion, serviceResourceType }), 'addressIpVersion', RULE);
        const checker = rawOn('alicloud_privatelink_vpc_endpoint_service',
          { address_ip_version: addressIpVersion, service_resource_type: serviceResourceType }, 'address_ip_version', RULE);
        // THEN both refuse what the API refuses
        const refused = addressIpVersion === PrivateLinkIpVersion.DUALSTACK && serviceResourceType !== undefined
          && [PrivateLinkServiceResourceType.CLB, PrivateLinkServiceResourceType.ALB].includes(serviceResourceType);
        expect(construct).toEqual(refused ? ['addressIpVersion'] : []);
        expect(checker).toEqual(refused ? ['address_ip_version'] : []);
      }), { numRuns: 30 });
  });
});
