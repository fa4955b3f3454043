/**
 * The Open Telekom Cloud stack of the CDKTF example app: an interface endpoint to a private service (whitelist, tags,
 * private DNS) and a gateway endpoint to OBS (route tables, endpoint policy). The IDs are placeholders in the vendor's
 * UUID format; `npm run synth` needs no credentials.
 */
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { opentelekomcloud, vpcep } from '../../lib';

export function opentelekomcloudExample(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'opentelekomcloud-vpcep');
  new opentelekomcloud.OpentelekomcloudProvider(stack, 'opentelekomcloud', { region: 'eu-de' });

  const vpcId = '84758cf5-9c62-43ae-a778-3dbd8370c0a4';

  const orders = new opentelekomcloud.VpcepEndpoint(stack, 'OrdersEndpoint', {
    serviceId: 'e0c748b7-d982-47df-ba06-b9c8c7650c1a',
    vpcId,
    subnetId: '68bfbcc1-dff2-47e4-a9d4-332b9bc1b8de',
    portIp: '192.168.0.10',
    enableDns: true,
    whitelist: ['192.168.0.0/24', '10.10.0.5'],
    description: 'Private access to the orders service',
    tags: { team: 'platform', env: 'prod' },
  });

  new opentelekomcloud.VpcepEndpoint(stack, 'ObsEndpoint', {
    serviceId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    vpcId,
    routeTables: ['9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'],
    policyStatements: [{
      effect: vpcep.VpcepPolicyEffect.ALLOW,
      actions: ['obs:object:GetObject'],
      resources: ['obs:*:*:object:orders-archive/*'],
    }],
  });

  // The endpoint waits in pendingAcceptance until the service owner accepts it.
  new TerraformOutput(stack, 'orders_endpoint_status', { value: orders.status });
  new TerraformOutput(stack, 'orders_endpoint_dns_names', { value: orders.dnsNames });

  return stack;
}

/**
 * The provider side and a consumer of it on Open Telekom Cloud: an ECS-backed endpoint service that allows one other
 * account, an endpoint to it created with `service` (which the service approves), and the approval of an endpoint
 * the other account created.
 */
export function opentelekomcloudServiceExample(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'opentelekomcloud-vpcep-service');
  new opentelekomcloud.OpentelekomcloudProvider(stack, 'opentelekomcloud', { region: 'eu-de' });

  const vpcId = '84758cf5-9c62-43ae-a778-3dbd8370c0a4';
  const service = new opentelekomcloud.VpcepService(stack, 'OrdersService', {
    vpcId,
    serverType: vpcep.VpcepServerType.VM,
    portId: '3c2d1e0f-9a8b-4c7d-8e6f-5a4b3c2d1e0f',
    portMappings: [{ servicePort: 8080, terminalPort: 80 }],
    name: 'orders-svc',
    description: 'Orders API for partner accounts',
  });
  service.addAllowedConsumer('iam:domain::0a1b2c3d4e5f60718293a4b5c6d7e8f9');
  service.addPortMapping({ servicePort: 8443, terminalPort: 443 });

  new opentelekomcloud.VpcepEndpoint(stack, 'OrdersEndpoint', {
    service,
    vpcId,
    subnetId: '68bfbcc1-dff2-47e4-a9d4-332b9bc1b8de',
  });
  service.approveConnections('b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e');

  new TerraformOutput(stack, 'orders_service_status', { value: service.status });
  return stack;
}
