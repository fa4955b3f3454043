/**
 * The Alibaba Cloud stack of the CDKTF example app: an interface endpoint in two zones, and a Gateway Load Balancer
 * endpoint. The IDs are placeholders in the vendor's formats; `npm run synth` needs no credentials.
 */
import { App, TerraformStack } from 'cdktf';
import { alicloud } from '../../lib';

export function alicloudExample(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'alicloud-privatelink');
  new alicloud.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });

  const vpcId = 'vpc-bp1abcdefghijklmnopqr';

  const endpoint = new alicloud.PrivateLinkEndpoint(stack, 'OrdersEndpoint', {
    vpcId,
    serviceName: 'com.aliyuncs.privatelink.cn-hangzhou.epsrv-bp1abcdefghijklmnop',
    endpointName: 'orders-endpoint',
    description: 'Private access to the orders service',
    securityGroupIds: ['sg-bp1abcdefghijklmnopqr'],
    zones: [
      { vSwitchId: 'vsw-bp1abcdefghijklmnopqr', zoneId: 'cn-hangzhou-h' },
    ],
    tags: { team: 'platform', env: 'prod' },
  });
  // Zones added later are chained after the ones given in props.
  endpoint.addZone({ vSwitchId: 'vsw-bp1bcdefghijklmnopqrs', zoneId: 'cn-hangzhou-i', ip: '192.168.1.20' });

  new alicloud.PrivateLinkEndpoint(stack, 'InspectionEndpoint', {
    vpcId,
    serviceId: 'epsrv-bp1cdefghijklmnopqrs',
    endpointName: 'inspection-endpoint',
    endpointType: alicloud.PrivateLinkEndpointType.GATEWAY_LOAD_BALANCER,
    zones: [
      { vSwitchId: 'vsw-bp1cdefghijklmnopqrst', zoneId: 'cn-hangzhou-h' },
    ],
  });

  return stack;
}

/**
 * The provider side and a consumer of it on Alibaba Cloud: an NLB-backed endpoint service in two zones that allows
 * one other account, an endpoint to it created with `service` (which the service accepts, here with a bandwidth),
 * and the acceptance of an endpoint the other account created.
 */
export function alicloudServiceExample(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'alicloud-privatelink-service');
  new alicloud.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });

  const service = new alicloud.PrivateLinkEndpointService(stack, 'OrdersService', {
    description: 'Orders API for partner accounts',
    serviceResourceType: alicloud.PrivateLinkServiceResourceType.NLB,
    resources: [{ resourceType: alicloud.PrivateLinkServiceResourceType.NLB, resourceId: 'nlb-bp1abcdefghijklmnop', zoneId: 'cn-hangzhou-h' }],
    tags: { team: 'platform' },
  });
  service.addResource({ resourceType: alicloud.PrivateLinkServiceResourceType.NLB, resourceId: 'nlb-bp1abcdefghijklmnop', zoneId: 'cn-hangzhou-i' });
  service.addAllowedUser('1234567890123456');

  const endpoint = new alicloud.PrivateLinkEndpoint(stack, 'OrdersEndpoint', {
    service,
    vpcId: 'vpc-bp1abcdefghijklmnopqr',
    endpointName: 'orders-endpoint',
    securityGroupIds: ['sg-bp1abcdefghijklmnopqr'],
    zones: [{ vSwitchId: 'vsw-bp1abcdefghijklmnopqr', zoneId: 'cn-hangzhou-h' }],
  });
  // The connection the endpoint asked for gets more bandwidth than the default.
  service.acceptConnection(endpoint, { bandwidth: 2048 });
  service.acceptConnections('ep-bp1abcdefghijklmnopq');

  return stack;
}
