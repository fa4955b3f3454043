import { Template } from 'aws-cdk-lib/assertions';
import { addRedshiftExample } from '../../examples/aws/redshift';
import { addRedshiftServerlessExample } from '../../examples/aws/redshift-serverless';
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
    // the endpoint's own subnet group (beside the cluster's) and security group
    template.resourceCountIs('AWS::Redshift::ClusterSubnetGroup', 2);
    template.hasResourceProperties('AWS::EC2::SecurityGroup', { GroupDescription: 'Redshift-managed VPC endpoint RedshiftExample/Endpoint' });
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
    // three shares of 20 accounts each, on one function whose role has one share policy listing the three snapshots
    // and, once, the key they are encrypted with, and one release policy that names no snapshot
    const shares = Object.values(template.findResources('Custom::RedshiftSnapshotShare'));
    expect(shares.map(r => r.Properties.Accounts.length)).toEqual([20, 20, 20]);
    template.resourceCountIs('Custom::AWS', 0);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    const policies = template.findResources('AWS::IAM::Policy');
    expect(Object.keys(policies).map(id => id.replace(/[0-9A-F]{8}$/, '')).sort())
      .toEqual(['PrivateAccessConstructsSnapshotShareProviderReleasePolicy', 'PrivateAccessConstructsSnapshotShareProviderSharePolicy']);
    const share = Object.entries(policies).find(([id]) => id.includes('SharePolicy'))![1];
    expect(share.Properties.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Action: 'redshift:AuthorizeSnapshotAccess', Resource: [expect.anything(), expect.anything(), expect.anything()] }),
      expect.objectContaining({ Action: 'redshift:CreateTags', Resource: [expect.anything(), expect.anything(), expect.anything()] }),
      expect.objectContaining({ Action: 'kms:DescribeKey', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^ClusterKey/), 'Arn'] } }),
    ]);
    template.hasResource('Custom::RedshiftSnapshotShare', { DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 180 });
    const code = Object.values(template.findResources('AWS::Lambda::Function'))[0].Properties.Code;
    expect(scrubbed(code)).toEqual({ S3Bucket: expect.anything(), S3Key: '[HASH REMOVED].zip' });
    expect(scrubbed(template.toJSON())).toMatchSnapshot();
  });

  test('the Redshift Serverless stack passes AWS\'s template validator and matches its snapshot', () => {
    // GIVEN
    const stack = validatedStack('RedshiftServerlessExample');
    // WHEN
    addRedshiftServerlessExample(stack);
    // THEN one function serves the endpoint and the grant, with one policy for each
    expect(() => synthValidated(stack)).not.toThrow();
    const template = Template.fromStack(stack);
    template.resourceCountIs('Custom::RedshiftServerlessEndpointAccess', 1);
    template.resourceCountIs('Custom::RedshiftServerlessEndpointAuthorization', 1);
    template.resourceCountIs('Custom::RedshiftServerlessSnapshotShare', 1);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    expect(Object.keys(template.findResources('AWS::IAM::Policy')).map(id => id.replace(/[0-9A-F]{8}$/, '')).sort())
      .toEqual(['PrivateAccessConstructsRedshiftServerlessProviderEndpointPolicy', 'PrivateAccessConstructsRedshiftServerlessProviderGrantPolicy',
        'PrivateAccessConstructsRedshiftServerlessProviderResourcePolicyPolicy']);
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { IpProtocol: 'tcp', FromPort: 5439, ToPort: 5439 });
    expect(scrubbed(template.toJSON())).toMatchSnapshot();
  });
});
