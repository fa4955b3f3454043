import { Template } from 'aws-cdk-lib/assertions';
import { addSnapshotShareExample } from '../../examples/aws/snapshot-share';
import { synthValidated, validatedStack } from '../support/aws';

/** Replaces asset hashes (the AwsCustomResource handler is an asset) so the snapshot does not follow aws-cdk-lib. */
function scrubAssetHashes(template: unknown): unknown {
  return JSON.parse(JSON.stringify(template).replace(/[0-9a-f]{64}(\.zip)?/g, (_, zip) => `[HASH REMOVED]${zip ?? ''}`));
}

describe('SnapshotShare example', () => {
  test('synthesizes with no validator finding and matches the snapshot', () => {
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
    expect(scrubAssetHashes(code)).toEqual({ S3Bucket: expect.anything(), S3Key: '[HASH REMOVED].zip' });
    expect(scrubAssetHashes(template.toJSON())).toMatchSnapshot();
  });
});
