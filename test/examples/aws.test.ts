import { Template } from 'aws-cdk-lib/assertions';
import { addRedshiftExample } from '../../examples/aws/redshift';
import { addSnapshotShareExample } from '../../examples/aws/snapshot-share';
import { synthValidated, validatedStack } from '../support/aws';
import { scrubbed } from '../support/snapshot';

describe('the AWS example app', () => {
  test('the Redshift stack passes AWS\'s template validator and matches its snapshot', () => {
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
    expect(scrubbed(template.toJSON())).toMatchSnapshot();
  });

  test('the snapshot-share stack passes AWS\'s template validator and matches its snapshot', () => {
    // GIVEN
    const stack = validatedStack('SnapshotShareExample');
    // WHEN
    addSnapshotShareExample(stack);
    // THEN
    expect(() => synthValidated(stack)).not.toThrow();
    const template = Template.fromStack(stack);
    template.resourceCountIs('Custom::AWS', 2);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.resourceCountIs('AWS::IAM::Policy', 2);
    const code = Object.values(template.findResources('AWS::Lambda::Function'))[0].Properties.Code;
    expect(scrubbed(code)).toEqual({ S3Bucket: expect.anything(), S3Key: '[HASH REMOVED].zip' });
    expect(scrubbed(template.toJSON())).toMatchSnapshot();
  });
});
