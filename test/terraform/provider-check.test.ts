import { TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { requireProvider } from '../../lib/terraform/provider-check';

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
    expect(() => Testing.synth(stack, true))
      .toThrow(/Stack\/Endpoint: the stack "Stack" has no provider for "huaweicloud\/huaweicloud". Add one to the stack \(e.g. new HuaweicloudProvider/);
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

  test('checks the stack once for all constructs and names each construct that lacks a provider', () => {
    // GIVEN
    const [stack, first] = stackWithConstruct();
    const second = new Construct(stack, 'Second');
    requireProvider(first, 'huaweicloud/huaweicloud');
    requireProvider(second, 'huaweicloud/huaweicloud');
    const walk = jest.spyOn(stack, 'allProviders');
    // WHEN
    const messages = stack.node.validate();
    // THEN
    expect(messages).toEqual([
      expect.stringMatching(/^Stack\/Endpoint: the stack "Stack" has no provider/),
      expect.stringMatching(/^Stack\/Second: the stack "Stack" has no provider/),
    ]);
    expect(walk).toHaveBeenCalledTimes(1);
  });

  test('does not accept a provider of another cloud', () => {
    const [stack, construct] = stackWithConstruct();
    new HuaweicloudProvider(stack, 'hw', {});
    requireProvider(construct, 'aliyun/alicloud');
    expect(() => Testing.synth(stack, true)).toThrow(/no provider for "aliyun\/alicloud"/);
  });
});
