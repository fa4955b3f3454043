/**
 * The library calls no deprecated aws-cdk-lib API: each call would print a deprecation warning in the user's synth
 * (and fail it under `JSII_DEPRECATED=fail`, which some pipelines set).
 */
import { App, Stack } from 'aws-cdk-lib';
import { addRedshiftExample } from '../../examples/aws/redshift';
import { addRedshiftServerlessExample } from '../../examples/aws/redshift-serverless';
import { addSnapshotShareExample } from '../../examples/aws/snapshot-share';
import { RedshiftServerlessEndpointAuthorization } from '../../lib/aws';

describe('deprecated aws-cdk-lib APIs', () => {
  const previous = process.env.JSII_DEPRECATED;
  beforeAll(() => { process.env.JSII_DEPRECATED = 'fail'; });
  afterAll(() => { process.env.JSII_DEPRECATED = previous; });

  test('the example app and two grants of one workgroup synthesize with JSII_DEPRECATED=fail', () => {
    // GIVEN every AWS construct of the examples, and two grants of one workgroup (ordered one after the other)
    const app = new App();
    const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
    addRedshiftExample(stack);
    addSnapshotShareExample(stack);
    addRedshiftServerlessExample(stack);
    new RedshiftServerlessEndpointAuthorization(stack, 'First', { workgroupName: 'reporting', account: '222233334444' });
    new RedshiftServerlessEndpointAuthorization(stack, 'Second', { workgroupName: 'reporting', account: '333344445555' });
    // WHEN / THEN no deprecated API is called (aws-cdk-lib throws a DeprecationError in this mode)
    expect(() => app.synth()).not.toThrow();
  });
});
