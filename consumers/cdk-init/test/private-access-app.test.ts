import * as cdk from 'aws-cdk-lib/core';
import { Template } from 'aws-cdk-lib/assertions';
import { ValidationError } from 'private-access-constructs';
import { PrivateAccessAppStack } from '../lib/private-access-app-stack';

const env = { account: '123456789012', region: 'eu-west-1' };

test('the stack has every private access resource', () => {
  const app = new cdk.App();
  const template = Template.fromStack(new PrivateAccessAppStack(app, 'Stack', { env }));
  template.resourceCountIs('AWS::Redshift::EndpointAccess', 1);
  template.resourceCountIs('AWS::Redshift::EndpointAuthorization', 1);
  template.resourceCountIs('Custom::RedshiftSnapshotShare', 1);
  template.hasResourceProperties('Custom::RedshiftSnapshotShare', { Accounts: ['210987654321'] });
});

test('a share with the stack\'s own account is refused with the library\'s error', () => {
  const app = new cdk.App();
  let error: unknown;
  try {
    new PrivateAccessAppStack(app, 'Stack', { env, shareWithOwnAccount: true });
  } catch (e) {
    error = e;
  }
  expect(ValidationError.isValidationError(error)).toBe(true);
  expect((error as Error).message).toMatch(/Stack\/NightlyShare: 1 invalid property\n {2}- accounts\[1\]: "123456789012" /);
});
