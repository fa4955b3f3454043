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
});
