/**
 * The eslint rule that keeps each folder to its imports (README, Architecture) fails on a forbidden import. Each case
 * lints one import line as if it were the content of a real file of that folder, with the project's own eslint config.
 */
import * as path from 'path';
import { loadESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');

async function restrictedImportsIn(file: string, importLine: string): Promise<string[]> {
  const LegacyESLint = await loadESLint({ useFlatConfig: false });
  const eslint = new LegacyESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(`${importLine}\n`, { filePath: path.join(ROOT, file) });
  return result.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
}

describe('import boundaries', () => {
  test.each([
    ['lib/core/rules.ts', "import { Token } from 'aws-cdk-lib';", /engine-neutral/],
    ['lib/core/rules.ts', "import { Token } from 'cdktf';", /engine-neutral/],
    ['lib/core/rules.ts', "import { metaArguments } from '../terraform/meta-arguments';", /engine-neutral/],
    ['lib/aws/snapshot-share.ts', "import { Token } from 'cdktf';", /lib\/aws never loads cdktf/],
    ['lib/aws/snapshot-share.ts', "import { validateProps } from '../terraform/validation';", /lib\/aws never loads cdktf/],
    ['lib/aws/private/account.ts', "import { VpcepEndpoint } from '../../huaweicloud';", /lib\/aws never loads cdktf/],
    ['lib/terraform/meta-arguments.ts', "import { Stack } from 'aws-cdk-lib';", /no aws-cdk-lib/],
    ['lib/terraform/meta-arguments.ts', "import { VpcepEndpointProps } from '../vpcep/vpcep-endpoint-base';", /no construct family/],
    ['lib/vpcep/vpcep-endpoint-rules.ts', "import { VpcepEndpoint } from '../huaweicloud/generated/vpcep-endpoint';", /no cloud and no bindings/],
    ['lib/vpcep/private/vpcep-cloud.ts', "import { aws_ec2 } from 'aws-cdk-lib';", /no cloud and no bindings/],
    ['lib/huaweicloud/vpcep-endpoint.ts', "import { VpcepEndpoint } from '../opentelekomcloud';", /never loads aws-cdk-lib nor another cloud/],
    ['lib/alicloud/private-link-endpoint.ts', "import { Stack } from 'aws-cdk-lib/core';", /never loads aws-cdk-lib nor another cloud/],
    ['lib/opentelekomcloud/vpcep-endpoint.ts', "import { SnapshotShare } from '../aws';", /never loads aws-cdk-lib nor another cloud/],
  ])('%s may not: %s', async (file, importLine, message) => {
    // WHEN
    const messages = await restrictedImportsIn(file, importLine);
    // THEN
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  test.each([
    ['lib/core/validator.ts', "import { Construct } from 'constructs';"],
    ['lib/aws/snapshot-share.ts', "import { Validator } from '../core/validator';"],
    ['lib/huaweicloud/vpcep-endpoint.ts', "import { VpcepEndpointBase } from '../vpcep/vpcep-endpoint-base';"],
    ['lib/alicloud/private-link-endpoint.ts', "import { metaArguments } from '../terraform/meta-arguments';"],
  ])('%s may: %s', async (file, importLine) => {
    expect(await restrictedImportsIn(file, importLine)).toEqual([]);
  });
});
