import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { checkSameEngine } from './engine-check';
import { renderValue } from '../core/render';
import { ValidationError } from '../core/validation-error';

/**
 * The stacks under `scope` (an app or a stack), each of this flavour's engine, for `call` (`RawResourceValidation.addTo`):
 * plain JavaScript and jsii callers skip the compiler, so anything but a construct holding a stack is a ValidationError.
 */
export function stacksUnder(scope: unknown, call: string): TerraformStack[] {
  if (!Construct.isConstruct(scope)) {
    throw new ValidationError(call, [{ property: 'scope', value: renderValue(scope), message: 'must be an app or a stack (a construct)' }]);
  }
  const stacks = scope.node.findAll().filter(TerraformStack.isStack);
  if (stacks.length === 0) {
    throw new ValidationError(scope.node.path || '<app>', [{
      property: 'scope',
      value: renderValue(scope),
      message: `holds no TerraformStack yet: call ${call}(app) after the stacks are created`,
    }]);
  }
  stacks.forEach(checkSameEngine);
  return stacks;
}
