import { aws_redshift as redshift } from 'aws-cdk-lib';
import { synthValidated, validatedStack } from '../support/aws';

describe('validated test apps', () => {
  test('fail synth on a finding of the CloudFormation validator', () => {
    // GIVEN a resource the registry schema rejects (lower-case name pattern, security group id format)
    const stack = validatedStack();
    new redshift.CfnEndpointAccess(stack, 'Bad', {
      clusterIdentifier: 'cluster',
      endpointName: 'Bad_Name',
      subnetGroupName: 'subnets',
      vpcSecurityGroupIds: ['sg-1'],
    });
    // THEN
    expect(() => synthValidated(stack)).toThrow(/EndpointName: 'Bad_Name' does not match pattern[\s\S]*'sg-1' does not match format/);
  });

  test('pass a valid template', () => {
    const stack = validatedStack();
    new redshift.CfnEndpointAccess(stack, 'Good', {
      clusterIdentifier: 'cluster',
      endpointName: 'good-name',
      subnetGroupName: 'subnets',
      vpcSecurityGroupIds: ['sg-0123456789abcdef0'],
    });
    expect(() => synthValidated(stack)).not.toThrow();
  });
});
