/**
 * A rule that ties several values together is defined once and read by the constructs (in their props' names) and
 * by the raw checks (in the provider's argument names). For any input, both must judge it as the rule says: the same
 * entries, the same verdict.
 */
import * as fc from 'fast-check';
import { PrivateLinkEndpointType } from '../../lib/alicloud/private-link-endpoint-types';
import { Validator } from '../../lib/core/validator';
import { checkAttributes } from '../../lib/raw-checks/check-resource';
import { VpcepPortMapping, VpcepPortProtocol } from '../../lib/vpcep/vpcep-service-types';
import { SERVICE_ID, VPC, attempt } from '../alicloud/support';
import { HUAWEICLOUD_SERVICE, PORT_ID, SERVICE_BASE, VPC_ID, serviceErrorFor } from '../support/vpcep';

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
