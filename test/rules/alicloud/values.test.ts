/**
 * The Alibaba Cloud enums users import name the API's values, which the rules layer owns as value lists: each enum must
 * offer exactly the values its rule accepts, so that no value a rule allows is missing from the API users see, and no
 * value users can pick is refused.
 */
import { PrivateLinkServicePayer, PrivateLinkServiceResourceType } from '../../../lib/alicloud/private-link-endpoint-service-types';
import { PrivateLinkEndpointType } from '../../../lib/alicloud/private-link-endpoint-types';
import { PrivateLinkIpVersion } from '../../../lib/alicloud/private-link-ip-version';
import { ENDPOINT_IP_VERSIONS, ENDPOINT_TYPES } from '../../../lib/rules/alicloud/private-link-endpoint';
import { PAYERS, SERVICE_IP_VERSIONS, SERVICE_RESOURCE_TYPES } from '../../../lib/rules/alicloud/private-link-endpoint-service';

describe('the Alibaba Cloud enums', () => {
  test.each<[string, object, readonly string[]]>([
    ['PrivateLinkServiceResourceType', PrivateLinkServiceResourceType, SERVICE_RESOURCE_TYPES],
    ['PrivateLinkServicePayer', PrivateLinkServicePayer, PAYERS],
    ['PrivateLinkEndpointType', PrivateLinkEndpointType, ENDPOINT_TYPES],
    ['PrivateLinkIpVersion', PrivateLinkIpVersion, ENDPOINT_IP_VERSIONS],
  ])('%s offers exactly the API values of the rules layer', (_name, published, values) => {
    // GIVEN the enum users import and the values its rule accepts, WHEN compared, THEN they are the same
    expect(Object.values(published).sort()).toEqual([...values].sort());
  });

  test('an endpoint service takes the IP versions of PrivateLinkIpVersion but IPv6', () => {
    // GIVEN the one enum of IP versions, which endpoints and services share
    const versions: string[] = Object.values(PrivateLinkIpVersion);
    // WHEN / THEN
    expect([...SERVICE_IP_VERSIONS].sort()).toEqual(versions.filter(v => v !== PrivateLinkIpVersion.IPV6).sort());
  });
});
