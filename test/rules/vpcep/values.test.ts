/**
 * The VPCEP enums users import are named aliases of the API's values, which the rules layer owns: each must offer
 * exactly the values its rule accepts, so that no value a rule allows is missing from the API users see.
 */
import { EndpointIpVersion, PolicyEffect } from '../../../lib/rules/vpcep/endpoint';
import { PortProtocol, ServerType, ServiceIpVersion, ServiceType, TcpProxy } from '../../../lib/rules/vpcep/service';
import { VpcepIpVersion, VpcepPolicyEffect } from '../../../lib/vpcep/vpcep-endpoint-types';
import {
  VpcepPortProtocol, VpcepServerType, VpcepServiceIpVersion, VpcepServiceType, VpcepTcpProxy,
} from '../../../lib/vpcep/vpcep-service-types';

describe('the VPCEP enums', () => {
  test.each<[string, object, object]>([
    ['VpcepPolicyEffect', VpcepPolicyEffect, PolicyEffect],
    ['VpcepIpVersion', VpcepIpVersion, EndpointIpVersion],
    ['VpcepServerType', VpcepServerType, ServerType],
    ['VpcepServiceType', VpcepServiceType, ServiceType],
    ['VpcepTcpProxy', VpcepTcpProxy, TcpProxy],
    ['VpcepServiceIpVersion', VpcepServiceIpVersion, ServiceIpVersion],
    ['VpcepPortProtocol', VpcepPortProtocol, PortProtocol],
  ])('%s offers exactly the API values of the rules layer, under the same member names', (_name, published, values) => {
    // GIVEN the enum users import and the values its rule accepts, WHEN compared, THEN they are the same
    expect(published).toEqual(values);
  });
});
