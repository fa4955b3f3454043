import { VpcepCloud } from './cloud';
import { VpcepEndpointProps } from './props';
import { commonArguments, metaArguments } from './render';
import { OPENTELEKOMCLOUD_TAG_POLICY } from './rules';
import type { VpcepEndpointV1Config } from '../../opentelekomcloud/generated/vpcep-endpoint-v1';

export const OPENTELEKOMCLOUD: VpcepCloud = {
  displayName: 'Open Telekom Cloud',
  providerSource: 'opentelekomcloud/opentelekomcloud',
  tagPolicy: OPENTELEKOMCLOUD_TAG_POLICY,
  // opentelekomcloud_vpcep_endpoint_v1 has no policy_document, ip_version or ipv6_address (reference schema).
  unsupportedProps: ['policyDocument', 'ipVersion', 'ipv6Address'],
  mergesProviderDefaultTags: false,
};

/** `opentelekomcloud_vpcep_endpoint_v1` keeps the API's names: `subnet_id`, `port_ip`, `route_tables`. */
export function renderOpentelekomcloud(props: VpcepEndpointProps): VpcepEndpointV1Config {
  // Object.assign, not spread: V8 copies these objects of mostly undefined values ~40x slower with spread.
  return Object.assign(metaArguments(props), commonArguments(props), {
    subnetId: props.subnetId,
    portIp: props.portIp,
    routeTables: props.routeTables,
  });
}
