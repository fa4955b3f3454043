import { VpcepCloud } from './cloud';
import { VpcepEndpointProps } from './props';
import { commonArguments, metaArguments } from './render';
import { HUAWEICLOUD_TAG_POLICY } from './rules';
import type { VpcepEndpointConfig } from '../../huaweicloud/generated/vpcep-endpoint';

export const HUAWEICLOUD: VpcepCloud = {
  displayName: 'Huawei Cloud',
  providerSource: 'huaweicloud/huaweicloud',
  tagPolicy: HUAWEICLOUD_TAG_POLICY,
  unsupportedProps: [],
  mergesProviderDefaultTags: true,
};

/** `huaweicloud_vpcep_endpoint` names the subnet `network_id`, the port IP `ip_address`, route tables `routetables`. */
export function renderHuaweicloud(props: VpcepEndpointProps): VpcepEndpointConfig {
  // Object.assign, not spread: V8 copies these objects of mostly undefined values ~40x slower with spread.
  return Object.assign(metaArguments(props), commonArguments(props), {
    networkId: props.subnetId,
    ipAddress: props.portIp,
    routetables: props.routeTables,
    policyDocument: props.policyDocument,
    ipVersion: props.ipVersion,
    ipv6Address: props.ipv6Address,
  });
}
