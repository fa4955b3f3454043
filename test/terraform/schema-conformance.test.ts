import { App, TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { VpcepEndpoint } from '../../lib/huaweicloud/generated/vpcep-endpoint';
import { schemaProblems } from '../support/terraform-schema';

function synthesized(): Record<string, any> {
  const stack = new TerraformStack(new App(), 'Stack');
  new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101' });
  new VpcepEndpoint(stack, 'Endpoint', { serviceId: 'svc', vpcId: 'vpc', enableDns: true, tags: { a: 'b' } });
  return JSON.parse(Testing.synth(stack));
}

describe('schemaProblems', () => {
  test('accepts output of the generated bindings', () => {
    expect(schemaProblems(synthesized())).toEqual([]);
  });

  test.each([
    ['an unknown argument', (r: any) => { r.subnet_id = 'x'; }, /subnet_id: unknown argument/],
    ['a missing required argument', (r: any) => { delete r.vpc_id; }, /vpc_id: required argument is missing/],
    ['a computed-only attribute', (r: any) => { r.status = 'x'; }, /status: is computed-only/],
    ['a bool given as a string', (r: any) => { r.enable_dns = 'true'; }, /enable_dns: expected bool/],
    ['a set given as a string', (r: any) => { r.whitelist = '10.0.0.0/8'; }, /whitelist: expected set/],
    ['a map with a number value', (r: any) => { r.tags = { a: 1 }; }, /tags.a: expected string/],
    ['an unknown timeouts key', (r: any) => { r.timeouts = { update: '1m' }; }, /timeouts.update: unknown argument/],
  ])('rejects %s', (_name, mutate, expected) => {
    // GIVEN
    const doc = synthesized();
    // WHEN
    mutate(doc.resource.huaweicloud_vpcep_endpoint.Endpoint);
    // THEN
    expect(schemaProblems(doc).join('\n')).toMatch(expected);
  });

  test('accepts Terraform expressions for any type', () => {
    const doc = synthesized();
    doc.resource.huaweicloud_vpcep_endpoint.Endpoint.enable_dns = '${var.dns}';
    doc.resource.huaweicloud_vpcep_endpoint.Endpoint.whitelist = '${var.list}';
    expect(schemaProblems(doc)).toEqual([]);
  });

  test('rejects resource types and providers it has no schema for, and a wrong provider source', () => {
    const doc = synthesized();
    doc.resource.aws_instance = { x: {} };
    doc.terraform.required_providers.huaweicloud.source = 'hashicorp/huaweicloud';
    const problems = schemaProblems(doc).join('\n');
    expect(problems).toMatch(/aws_instance: no schema committed/);
    expect(problems).toMatch(/required_providers.huaweicloud.source: expected "huaweicloud\/huaweicloud"/);
  });

  describe('blocks', () => {
    /** A huaweicloud_vpcep_service with its `port_mapping` block set by `mutate`. */
    function withPortMapping(portMapping: Record<string, unknown>): Record<string, any> {
      const doc = synthesized();
      doc.resource.huaweicloud_vpcep_service = { S: { vpc_id: 'v', port_id: 'p', server_type: 'VM', ...portMapping } };
      return doc;
    }

    test.each<[string, Record<string, unknown>, RegExp | undefined]>([
      ['a block list', { port_mapping: [{ service_port: 80, terminal_port: 80 }] }, undefined],
      ['a dynamic block', { dynamic: { port_mapping: { for_each: '${var.p}', content: { service_port: '${port_mapping.value.a}' } } } }, undefined],
      ['a block given as an expression', { port_mapping: '${var.p}' }, /port_mapping: is a block and cannot be an expression/],
      ['a block with an unknown field', { port_mapping: [{ client_port: 80 }] }, /port_mapping.client_port: unknown argument/],
      ['a dynamic block of an unknown block', { dynamic: { ports: { for_each: '${var.p}', content: {} } } }, /dynamic.ports: unknown block/],
      ['a dynamic block with an unknown field', { dynamic: { port_mapping: { for_each: '${var.p}', content: { x: 1 } } } }, /dynamic.port_mapping.content.x: unknown argument/],
      ['a dynamic block without content', { dynamic: { port_mapping: { for_each: '${var.p}' } } }, /needs for_each and content/],
    ])('%s', (_case, portMapping, expected) => {
      const problems = schemaProblems(withPortMapping(portMapping)).join('\n');
      if (expected) expect(problems).toMatch(expected);
      else expect(problems).toBe('');
    });
  });
});
