import { Template } from 'aws-cdk-lib/assertions';
import { addRedshiftExample } from '../../examples/aws/redshift';
import { synthValidated, validatedStack } from '../support/aws';

describe('Redshift example', () => {
  test('synthesizes with no validator finding and matches the snapshot', () => {
    // GIVEN
    const stack = validatedStack('RedshiftExample');
    // WHEN
    addRedshiftExample(stack);
    // THEN
    expect(() => synthValidated(stack)).not.toThrow();
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Redshift::EndpointAccess', 1);
    template.resourceCountIs('AWS::Redshift::EndpointAuthorization', 1);
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp', FromPort: 5439, ToPort: 5439,
    });
    // No assets in this stack; the snapshot is the whole template.
    expect(template.toJSON()).toMatchSnapshot();
  });
});
