import { TerraformStack, Testing } from 'cdktf';
import * as cdktn from 'cdktn';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { flavours, missingEngineError } from '../../lib/core/missing-engine';
import { VpcepEndpoint } from '../../lib/huaweicloud/vpcep-endpoint';
import { RawResourceValidation } from '../../lib/terraform';
import { tryValidation, validationErrorOf } from '../support/validation';

describe('the wrong flavour: a CDK Terrain (cdktn) app with the cdktf flavour\'s constructs', () => {
  test.each([
    ['an endpoint', (stack: cdktn.TerraformStack) => new VpcepEndpoint(stack as never, 'Endpoint', { serviceId: 'svc', vpcId: 'vpc' })],
    ['an endpoint service', (stack: cdktn.TerraformStack) => new PrivateLinkEndpointService(stack as never, 'Service', {})],
    ['the raw-resource validation', (stack: cdktn.TerraformStack) => RawResourceValidation.addTo(stack as never)],
  ])('%s names the package to install instead of failing in the engine', (_case, build) => {
    // GIVEN a cdktn stack (cdktn marks its stacks as cdktf does, so cdktf's own checks take it)
    const stack = new cdktn.TerraformStack(new cdktn.App(), 'Network');
    // WHEN a construct of this (cdktf) flavour is added, THEN the error names the cdktn flavour
    const error = validationErrorOf(() => build(stack));
    expect(error.violations).toEqual([{
      property: 'scope',
      value: '<Network>',
      message: 'is a cdktn TerraformStack, but private-access-constructs is built on cdktf: in a CDK Terrain (cdktn) app, '
        + 'install private-access-constructs-cdktn instead of private-access-constructs',
    }]);
  });

  test('a cdktf stack, or a subclass of one, is this flavour\'s', () => {
    // GIVEN a subclass of cdktf's stack
    class NetworkStack extends TerraformStack {}
    const app = Testing.app();
    const stack = new NetworkStack(app, 'Network');
    // WHEN / THEN a construct and the raw-resource validation take it
    expect(tryValidation(() => new VpcepEndpoint(stack, 'Endpoint', { serviceId: 'svc', vpcId: 'vpc' }))).toBeUndefined();
    expect(tryValidation(() => RawResourceValidation.addTo(app))).toBeUndefined();
  });
});

describe('a missing engine', () => {
  const notFound = (module: string) => Object.assign(new Error(`Cannot find module '${module}'\nRequire stack: ...`), { code: 'MODULE_NOT_FOUND' });

  test.each([
    ['cdktf', 'huaweicloud', 'private-access-constructs: the huaweicloud namespace needs cdktf, which is not installed: install cdktf, '
      + 'or, in a CDK Terrain (cdktn) app, install private-access-constructs-cdktn instead of private-access-constructs'],
    ['aws-cdk-lib', 'aws', 'private-access-constructs: the aws namespace needs aws-cdk-lib, which is not installed: install aws-cdk-lib'],
  ])('%s missing for the %s namespace says what to install', (engine, namespace, message) => {
    const cause = notFound(engine);
    const error = missingEngineError(cause, namespace) as Error & { cause: unknown };
    expect([error.message, error.cause]).toEqual([message, cause]);
  });

  test('any other error passes unchanged', () => {
    const other = notFound('left-pad');
    expect(missingEngineError(other, 'aws')).toBe(other);
    const thrown = new TypeError('x');
    expect(missingEngineError(thrown, 'aws')).toBe(thrown);
  });

  test.each([
    ['private-access-constructs', 'private-access-constructs-cdktn', 'CDK Terrain (cdktn)'],
    ['private-access-constructs-cdktn', 'private-access-constructs', 'CDKTF'],
  ])('the other flavour of %s is %s', (name, other, otherApps) => {
    expect(flavours(name)).toEqual({ name, other, otherApps });
  });
});
