import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, IAspect, TerraformStack, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../lib/core';
import { matches } from '../../lib/core/rules';
import { HuaweicloudProvider } from '../../lib/huaweicloud/generated/provider';
import { VpcepEndpoint } from '../../lib/huaweicloud/vpcep-endpoint';
import { checkAtSynth } from '../../lib/terraform/stack-checks';
import { validationErrorOf } from '../support/validation';

const lowerCase = matches(/^[a-z]+$/, 'be lower-case letters');

/** A stack with two constructs whose synth-time check fails: `name` is upper case. */
function stackWithTwoBadConstructs(app: App = Testing.app()): TerraformStack {
  const stack = new TerraformStack(app, 'Stack');
  for (const id of ['A', 'B']) {
    const construct = new Construct(stack, id);
    checkAtSynth(construct, v => v.check('name', 'ABC', lowerCase));
  }
  return stack;
}

describe('synth-time checks', () => {
  test.each<[string, (stack: TerraformStack) => unknown]>([
    ['Testing.synth(stack)', stack => Testing.synth(stack)],
    ['Testing.synth(stack, true)', stack => Testing.synth(stack, true)],
    ['Testing.synthHcl(stack)', stack => Testing.synthHcl(stack)],
    ['Testing.fullSynth(stack)', stack => Testing.fullSynth(stack)],
    ['app.synth()', stack => (stack.node.root as App).synth()],
  ])('%s throws one ValidationError for the whole stack', (_how, synthesize) => {
    // GIVEN
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'stack-checks-')) });
    const stack = stackWithTwoBadConstructs(app);
    // WHEN
    const error = validationErrorOf(() => synthesize(stack));
    // THEN
    expect(error.constructPath).toBe('Stack');
    expect(error.violations).toEqual([
      { constructPath: 'Stack/A', property: 'name', value: '"ABC"', message: 'must be lower-case letters' },
      { constructPath: 'Stack/B', property: 'name', value: '"ABC"', message: 'must be lower-case letters' },
    ]);
    expect(error.message).toBe('Stack: 2 invalid properties\n'
      + '  - [Stack/A] name: "ABC" must be lower-case letters\n'
      + '  - [Stack/B] name: "ABC" must be lower-case letters');
  });

  test('Testing.synthScope throws it too', () => {
    expect(() => Testing.synthScope(scope => {
      checkAtSynth(new Construct(scope, 'A'), v => v.check('name', 'ABC', lowerCase));
    })).toThrow(ValidationError);
  });

  test('run after aspects, so a tag an aspect adds is checked', () => {
    // GIVEN a valid endpoint and an aspect that adds a reserved tag key
    const stack = new TerraformStack(Testing.app(), 'Stack');
    new HuaweicloudProvider(stack, 'huaweicloud', {});
    new VpcepEndpoint(stack, 'Endpoint', { serviceId: 's', vpcId: 'v' });
    class AddTag implements IAspect {
      public visit(node: IConstruct): void {
        if (node instanceof VpcepEndpoint) (node.node.defaultChild as any).tags = { _sys_x: 'v' };
      }
    }
    Aspects.of(stack).add(new AddTag());
    // WHEN / THEN
    expect(validationErrorOf(() => Testing.synth(stack)).violations.map(v => v.property)).toEqual(['tags key']);
  });

  test('render nothing and leave a valid stack as it is', () => {
    // GIVEN
    const stack = new TerraformStack(Testing.app(), 'Stack');
    checkAtSynth(new Construct(stack, 'A'), v => v.check('name', 'abc', lowerCase));
    // THEN
    expect(JSON.parse(Testing.synth(stack, true))).toEqual({});
  });
});
