/**
 * The VPCEP enums users import name the API's values, which the rules layer owns as value lists: each enum must offer
 * exactly the values its rule accepts, so that no value a rule allows is missing from the API users see, and no value
 * users can pick is refused.
 */
import { ENDPOINT_IP_VERSIONS, POLICY_EFFECTS } from '../../../lib/rules/vpcep/endpoint';
import { PORT_PROTOCOLS, SERVER_TYPES, SERVICE_IP_VERSIONS, SERVICE_TYPES, TCP_PROXIES } from '../../../lib/rules/vpcep/service';
import { VpcepIpVersion, VpcepPolicyEffect } from '../../../lib/vpcep/vpcep-endpoint-types';
import {
  VpcepPortProtocol, VpcepServerType, VpcepServiceIpVersion, VpcepServiceType, VpcepTcpProxy,
} from '../../../lib/vpcep/vpcep-service-types';

describe('the VPCEP enums', () => {
  test.each<[string, object, readonly string[]]>([
    ['VpcepPolicyEffect', VpcepPolicyEffect, POLICY_EFFECTS],
    ['VpcepIpVersion', VpcepIpVersion, ENDPOINT_IP_VERSIONS],
    ['VpcepServerType', VpcepServerType, SERVER_TYPES],
    ['VpcepServiceType', VpcepServiceType, SERVICE_TYPES],
    ['VpcepTcpProxy', VpcepTcpProxy, TCP_PROXIES],
    ['VpcepServiceIpVersion', VpcepServiceIpVersion, SERVICE_IP_VERSIONS],
    ['VpcepPortProtocol', VpcepPortProtocol, PORT_PROTOCOLS],
  ])('%s offers exactly the API values of the rules layer', (_name, published, values) => {
    // GIVEN the enum users import and the values its rule accepts, WHEN compared, THEN they are the same
    expect(Object.values(published).sort()).toEqual([...values].sort());
  });
});
