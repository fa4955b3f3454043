import { TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { requireProvider } from '../../lib/terraform/provider-check';
import { validationErrorOf } from '../support/validation';

function stackWithConstruct(): [TerraformStack, Construct] {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  return [stack, new Construct(stack, 'Endpoint')];
}

describe('requireProvider', () => {
  test('fails synth when the stack has no provider with the source, telling the user what to add', () => {
    // GIVEN
    const [stack, construct] = stackWithConstruct();
    // WHEN
    requireProvider(construct, 'huaweicloud/huaweicloud');
    // THEN
    expect(() => Testing.synth(stack, true)).toThrow('Stack: 1 invalid property\n  - provider: not set must be passed, or the stack '
      + '"Stack" must have a provider for "huaweicloud/huaweicloud" (used by Stack/Endpoint): add one (e.g. new HuaweicloudProvider(stack, '
      + "'huaweicloud', {...})) or pass it as the \"provider\" prop");
  });

  test('accepts any provider class with the same registry source', () => {
    // GIVEN a hand-written provider, as a prebuilt package would define it, under the registry's full address
    const [stack, construct] = stackWithConstruct();
    class PrebuiltStyleProvider extends TerraformProvider {}
    new PrebuiltStyleProvider(stack, 'otc', {
      terraformResourceType: 'opentelekomcloud',
      terraformProviderSource: 'registry.terraform.io/OpenTelekomCloud/opentelekomcloud',
    });
    // WHEN
    requireProvider(construct, 'opentelekomcloud/opentelekomcloud');
    // THEN
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('is satisfied by a provider passed explicitly, or one elsewhere in the stack', () => {
    const [stack, construct] = stackWithConstruct();
    const provider = new HuaweicloudProvider(stack, 'hw', {});
    requireProvider(construct, 'huaweicloud/huaweicloud', provider);
    requireProvider(new Construct(stack, 'Other'), 'huaweicloud/huaweicloud');
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('checks the stack once for all constructs and reports the missing provider once, naming who needs it', () => {
    // GIVEN five constructs without a provider
    const [stack, first] = stackWithConstruct();
    requireProvider(first, 'huaweicloud/huaweicloud');
    for (const id of ['B', 'C', 'D', 'E']) requireProvider(new Construct(stack, id), 'huaweicloud/huaweicloud');
    const walk = jest.spyOn(stack, 'allProviders');
    // WHEN
    const error = validationErrorOf(() => Testing.synth(stack, true));
    // THEN one violation (and not cdktf's own message beside it)
    expect(error.violations).toHaveLength(1);
    expect(error.message).toContain('(used by Stack/Endpoint, Stack/B, Stack/C and 2 more)');
    expect(error.message).not.toContain('Found resources without a matching provider');
    expect(walk).toHaveBeenCalledTimes(1);
  });

  test('does not accept a provider of another cloud', () => {
    const [stack, construct] = stackWithConstruct();
    new HuaweicloudProvider(stack, 'hw', {});
    requireProvider(construct, 'aliyun/alicloud');
    expect(() => Testing.synth(stack, true)).toThrow(/must have a provider for "aliyun\/alicloud"/);
  });
});
