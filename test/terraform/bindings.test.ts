/**
 * Each Terraform cloud's namespace exports its generated resource classes as `<cloud>.bindings.<module>.<Class>`, the
 * module and class names `cdktf get` (and a prebuilt provider package) gives them, so a user can add a resource the
 * library has no construct for, or assert on the L2s' output with cdktf's matchers, without generating bindings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { alicloud, huaweicloud, opentelekomcloud } from '../../lib';
import '../support/terraform-matchers';

const CLOUDS = [
  ['huaweicloud', huaweicloud],
  ['opentelekomcloud', opentelekomcloud],
  ['alicloud', alicloud],
] as const;

/** The modules the generator's own index exports, e.g. `vpcepEndpoint`. */
function generatedModules(cloud: string): string[] {
  const index = fs.readFileSync(path.resolve(__dirname, '..', '..', 'lib', cloud, 'generated', 'index.ts'), 'utf-8');
  return [...index.matchAll(/^export \* as (\w+) from/gm)].map(m => m[1]).sort();
}

describe.each(CLOUDS)('%s.bindings', (cloud, namespace) => {
  test('holds every generated module but the provider, which stays at the namespace root', () => {
    expect(Object.keys(namespace.bindings).sort()).toEqual(generatedModules(cloud).filter(m => m !== 'provider'));
    expect(generatedModules(cloud)).toContain('provider');
  });

  test('bindings is the only lower-case name of the namespace, so it cannot collide with a class (all PascalCase)', () => {
    expect(Object.keys(namespace).filter(name => !/^[A-Z]/.test(name))).toEqual(['bindings']);
  });
});

test('an L2 and the binding class of its resource keep their own names: huaweicloud.VpcepEndpoint is not the binding', () => {
  expect(huaweicloud.VpcepEndpoint).not.toBe(huaweicloud.bindings.vpcepEndpoint.VpcepEndpoint);
  expect(opentelekomcloud.VpcepEndpoint.name).toBe('VpcepEndpoint');
  expect(opentelekomcloud.bindings.vpcepEndpointV1.VpcepEndpointV1.name).toBe('VpcepEndpointV1');
});

describe('the L2s render the binding classes', () => {
  test('huaweicloud.VpcepEndpoint: toHaveResourceWithProperties with the binding class', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'Stack');
    new huaweicloud.HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
    // WHEN
    const endpoint = new huaweicloud.VpcepEndpoint(stack, 'Endpoint', { serviceId: 'svc', vpcId: 'vpc' });
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(huaweicloud.bindings.vpcepEndpoint.VpcepEndpoint, { service_id: 'svc', vpc_id: 'vpc' });
    expect(endpoint.node.defaultChild).toBeInstanceOf(huaweicloud.bindings.vpcepEndpoint.VpcepEndpoint);
  });

  test('opentelekomcloud.VpcepEndpoint: toHaveResourceWithProperties with the binding class', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'Stack');
    new opentelekomcloud.OpentelekomcloudProvider(stack, 'opentelekomcloud', { region: 'eu-de' });
    // WHEN
    new opentelekomcloud.VpcepEndpoint(stack, 'Endpoint', { serviceId: 'svc', vpcId: 'vpc' });
    // THEN
    expect(Testing.synth(stack)).toHaveResourceWithProperties(opentelekomcloud.bindings.vpcepEndpointV1.VpcepEndpointV1, { service_id: 'svc' });
  });

  test('alicloud.PrivateLinkEndpoint: toHaveResourceWithProperties with the binding classes of the endpoint and its zone', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'Stack');
    new alicloud.AlicloudProvider(stack, 'alicloud', { region: 'cn-hangzhou' });
    // WHEN
    new alicloud.PrivateLinkEndpoint(stack, 'Endpoint', {
      vpcId: 'vpc-a', serviceId: 'epsrv-a', securityGroupIds: ['sg-a'], zones: [{ vSwitchId: 'vsw-a' }],
    });
    // THEN
    const synthesized = Testing.synth(stack);
    expect(synthesized).toHaveResourceWithProperties(alicloud.bindings.privatelinkVpcEndpoint.PrivatelinkVpcEndpoint, { vpc_id: 'vpc-a' });
    expect(synthesized).toHaveResourceWithProperties(alicloud.bindings.privatelinkVpcEndpointZone.PrivatelinkVpcEndpointZone, { vswitch_id: 'vsw-a' });
  });
});
