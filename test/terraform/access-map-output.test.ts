import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { alicloudExample, alicloudServiceExample } from '../../examples/terraform/alicloud';
import { huaweicloudExample, huaweicloudServiceExample } from '../../examples/terraform/huaweicloud';
import { opentelekomcloudExample, opentelekomcloudServiceExample } from '../../examples/terraform/opentelekomcloud';
import { AccessMap } from '../../lib/access-map/model';
import { ValidationError } from '../../lib/core/validation-error';
import { AccessMapOutput } from '../../lib/terraform/access-map-output';
import { edgeLines } from '../support/access-map';

/** Synthesizes the example app (as examples/terraform/main.ts builds it) with the output, and reads each stack's map. */
function exampleMaps(): Map<string, AccessMap> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-map-output-'));
  const app = new App({ outdir });
  for (const example of [huaweicloudExample, opentelekomcloudExample, alicloudExample,
    huaweicloudServiceExample, opentelekomcloudServiceExample, alicloudServiceExample]) example(app);
  AccessMapOutput.addTo(app);
  app.synth();
  const stacks = path.join(outdir, 'stacks');
  return new Map(fs.readdirSync(stacks).map(stack => [stack, JSON.parse(fs.readFileSync(path.join(stacks, stack, 'access-map.json'), 'utf-8'))]));
}

describe('AccessMapOutput', () => {
  test('writes the exact access of each stack of the Terraform example app beside its cdk.tf.json', () => {
    // GIVEN / WHEN
    const maps = exampleMaps();
    // THEN
    const lines = Object.fromEntries([...maps].map(([stack, map]) => [stack, edgeLines(map)]));
    expect(lines).toEqual({
      'huaweicloud-vpcep': [
        '192.168.0.0/24 network endpoint:huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF <- huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF whitelist[0]',
        '10.10.0.5 network endpoint:huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF <- huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF whitelist[1]',
      ],
      'opentelekomcloud-vpcep': [
        '192.168.0.0/24 network endpoint:opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF <- opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF whitelist[0]',
        '10.10.0.5 network endpoint:opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF <- opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF whitelist[1]',
      ],
      'alicloud-privatelink': [],
      // approval on (the construct's default): only the endpoints the approval names are approved
      'huaweicloud-vpcep-service': [
        '0a1b2c3d4e5f60718293a4b5c6d7e8f9 connect service:huaweicloud_vpcep_service.OrdersService_13562E26 <- huaweicloud_vpcep_service.OrdersService_13562E26 permissions[0]',
        'huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF approved service:huaweicloud_vpcep_service.OrdersService_13562E26'
          + ' <- huaweicloud_vpcep_approval.OrdersService_Approval_22F0BB24 endpoints[0]',
        'a3b1c2d4-0e5f-4a6b-8c7d-9e0f1a2b3c4d approved service:huaweicloud_vpcep_service.OrdersService_13562E26'
          + ' <- huaweicloud_vpcep_approval.OrdersService_Approval_22F0BB24 endpoints[1]',
        // an interface endpoint without a whitelist: no access control, any address reaches it
        '! * network endpoint:huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF <- huaweicloud_vpcep_endpoint.OrdersEndpoint_77C9D5DF enable_whitelist',
      ],
      'opentelekomcloud-vpcep-service': [
        '0a1b2c3d4e5f60718293a4b5c6d7e8f9 connect service:opentelekomcloud_vpcep_service_v1.OrdersService_13562E26'
          + ' <- opentelekomcloud_vpcep_service_v1.OrdersService_13562E26 whitelist[0]',
        'opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF approved service:opentelekomcloud_vpcep_service_v1.OrdersService_13562E26'
          + ' <- opentelekomcloud_vpcep_approval_v1.OrdersService_Approval_22F0BB24 endpoints[0]',
        'b4c2d3e5-1f6a-4b7c-9d8e-0f1a2b3c4d5e approved service:opentelekomcloud_vpcep_service_v1.OrdersService_13562E26'
          + ' <- opentelekomcloud_vpcep_approval_v1.OrdersService_Approval_22F0BB24 endpoints[1]',
        '! * network endpoint:opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF'
          + ' <- opentelekomcloud_vpcep_endpoint_v1.OrdersEndpoint_77C9D5DF enable_whitelist',
      ],
      'alicloud-privatelink-service': [
        '1234567890123456 connect service:alicloud_privatelink_vpc_endpoint_service.OrdersService_13562E26'
          + ' <- alicloud_privatelink_vpc_endpoint_service_user.OrdersService_User1_E4639D78 user_id',
        'alicloud_privatelink_vpc_endpoint.OrdersEndpoint_77C9D5DF approved service:alicloud_privatelink_vpc_endpoint_service.OrdersService_13562E26'
          + ' <- alicloud_privatelink_vpc_endpoint_connection.OrdersService_Connection1_CA942717 endpoint_id',
        'ep-bp1abcdefghijklmnopq approved service:alicloud_privatelink_vpc_endpoint_service.OrdersService_13562E26'
          + ' <- alicloud_privatelink_vpc_endpoint_connection.OrdersService_Connection2_C4D368E8 endpoint_id',
      ],
    });
    expect(maps.get('alicloud-privatelink-service')!.edges[2]).not.toHaveProperty('bandwidth');
    expect(maps.get('alicloud-privatelink-service')!.edges[1]).toMatchObject({
      bandwidth: 2048, source: { path: 'alicloud-privatelink-service/OrdersService/Connection1' },
    });
  });

  test.each([
    ['a value that is not a construct', () => AccessMapOutput.addTo({} as never), /must be an app or a stack/],
    ['an app without stacks', () => AccessMapOutput.addTo(new App()), /holds no TerraformStack yet/],
  ])('%s is a ValidationError', (_case, call, message) => {
    // GIVEN / WHEN / THEN
    expect(call).toThrow(ValidationError);
    expect(call).toThrow(message);
  });
});
