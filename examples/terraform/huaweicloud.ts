/**
 * The Huawei Cloud stack of the CDKTF example app: an interface endpoint to a private service (whitelist, tags,
 * private DNS) and a gateway endpoint to OBS (route tables, endpoint policy). The IDs are placeholders in the vendor's
 * UUID format; `npm run synth` needs no credentials.
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { huaweicloud, vpcep } from '../../lib';

export function huaweicloudExample(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'huaweicloud-vpcep');
  new huaweicloud.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });

  const vpcId = '4e65f8b1-306d-4522-8ecd-aa374000e2a4';

  const orders = new huaweicloud.VpcepEndpoint(stack, 'OrdersEndpoint', {
    serviceId: '813d9300-8473-405b-bfcd-f711117bad65',
    vpcId,
    subnetId: '5d1c1d71-2613-4274-b34e-d82af550f967',
    portIp: '192.168.0.10',
    enableDns: true,
    // A whitelist given is a whitelist enabled.
    whitelist: ['192.168.0.0/24', '10.10.0.5'],
    description: 'Private access to the orders service',
    tags: { team: 'platform', env: 'prod' },
  });

  new huaweicloud.VpcepEndpoint(stack, 'ObsEndpoint', {
    serviceId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    vpcId,
    routeTables: ['7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'],
    policyStatements: [{
      effect: vpcep.VpcepPolicyEffect.ALLOW,
      actions: ['obs:object:GetObject', 'obs:object:PutObject'],
      resources: ['obs:*:*:object:orders-archive/*'],
    }],
  });

  // The endpoint waits in pendingAcceptance until the service owner accepts it.
  new TerraformOutput(stack, 'orders_endpoint_status', { value: orders.status });
  new TerraformOutput(stack, 'orders_endpoint_domain', { value: orders.privateDomainName });

  return stack;
}

/**
 * The provider side and a consumer of it on Huawei Cloud: a load-balancer-backed endpoint service that allows one
 * other account, an endpoint to it created with `service` (which the service approves), and the approval of an
 * endpoint the other account created.
 */
export function huaweicloudServiceExample(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'huaweicloud-vpcep-service');
  new huaweicloud.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });

  const vpcId = '4e65f8b1-306d-4522-8ecd-aa374000e2a4';
  const service = new huaweicloud.VpcepService(stack, 'OrdersService', {
    vpcId,
    serverType: vpcep.VpcepServerType.LB,
    portId: '0e9b2b3c-5d7f-4c1e-9a4b-2f6d8e0a1c3b',
    portMappings: [{ servicePort: 8443, terminalPort: 443 }],
    name: 'orders',
    description: 'Orders API for partner accounts',
    tcpProxy: vpcep.VpcepTcpProxy.PROXY_OPEN,
    tags: { team: 'platform' },
  });
  service.addAllowedConsumer('iam:domain::0a1b2c3d4e5f60718293a4b5c6d7e8f9');

  new huaweicloud.VpcepEndpoint(stack, 'OrdersEndpoint', {
    service,
    vpcId,
    subnetId: '5d1c1d71-2613-4274-b34e-d82af550f967',
    enableDns: true,
  });
  // The partner's own endpoint, created in their account.
  service.approveConnections('a3b1c2d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d');

  new TerraformOutput(stack, 'orders_service_name', { value: service.serviceName });
  return stack;
}
