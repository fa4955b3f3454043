/**
 * The eslint rule that keeps each folder to its imports (CONTRIBUTING.md, the layer table) fails on a forbidden import. Each case
 * lints one import line as if it were the content of a real file of that folder, with the project's own eslint config.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

// ESLint runs once, in its own Node process, for every case. typescript-eslint reads files from disk in its "single
// run" mode, which it turns on by itself when CI=true: turned off here, so that it lints the text given for each file.
const LINT = `
  const { loadESLint } = require('eslint');
  const cases = JSON.parse(process.argv[1]);
  loadESLint({ useFlatConfig: false }).then(async LegacyESLint => {
    const eslint = new LegacyESLint({ cwd: process.cwd() });
    const results = [];
    for (const [file, text] of cases) results.push((await eslint.lintText(text, { filePath: file }))[0].messages);
    process.stdout.write(JSON.stringify(results));
  });
`;

/** The no-restricted-imports messages for each [file, import line], as if the line were that file's content. */
function restrictedImports(cases: Array<[string, string]>): string[][] {
  const out = execFileSync(process.execPath, ['-e', LINT, JSON.stringify(cases.map(([file, line]) => [path.join(ROOT, file), `${line}\n`]))],
    { cwd: ROOT, encoding: 'utf-8', env: { ...process.env, TSESTREE_SINGLE_RUN: 'false' } });
  return (JSON.parse(out) as Array<Array<{ ruleId: string; message: string }>>)
    .map(messages => messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message));
}

const FORBIDDEN: Array<[string, string, RegExp]> = [
  ['lib/core/rules.ts', "import { Token } from 'aws-cdk-lib';", /engine-neutral/],
  ['lib/core/rules.ts', "import { Token } from 'cdktf';", /engine-neutral/],
  ['lib/core/rules.ts', "import { withMetaArguments } from '../terraform/meta-arguments';", /engine-neutral/],
  ['lib/aws/snapshot-share.ts', "import { Token } from 'cdktf';", /lib\/aws never loads cdktf/],
  ['lib/aws/snapshot-share.ts', "import { checkPropsNow } from '../terraform/validation';", /lib\/aws never loads cdktf/],
  ['lib/aws/private/account.ts', "import { VpcepEndpoint } from '../../huaweicloud';", /lib\/aws never loads cdktf/],
  ['lib/terraform/meta-arguments.ts', "import { Stack } from 'aws-cdk-lib';", /no aws-cdk-lib/],
  ['lib/terraform/meta-arguments.ts', "import { VpcepEndpointProps } from '../vpcep/vpcep-endpoint-base';", /no construct family/],
  ['lib/vpcep/vpcep-service-base.ts', "import { VpcepEndpoint } from '../huaweicloud/generated/vpcep-endpoint';", /no cloud and no bindings/],
  ['lib/vpcep/private/vpcep-cloud.ts', "import { aws_ec2 } from 'aws-cdk-lib';", /no cloud and no bindings/],
  ['lib/huaweicloud/vpcep-endpoint.ts', "import { VpcepEndpoint } from '../opentelekomcloud';", /never loads aws-cdk-lib nor another cloud/],
  ['lib/alicloud/private-link-endpoint.ts', "import { Stack } from 'aws-cdk-lib/core';", /never loads aws-cdk-lib nor another cloud/],
  ['lib/opentelekomcloud/vpcep-endpoint.ts', "import { SnapshotShare } from '../aws';", /never loads aws-cdk-lib nor another cloud/],
  // The rules layer imports only the core: the upward imports it had before it was a layer of its own.
  ['lib/rules/vpcep/endpoint.ts', "import { VpcepIpVersion } from '../../vpcep/vpcep-endpoint-types';", /lib\/rules holds the vendors' rules/],
  ['lib/rules/alicloud/private-link-endpoint.ts', "import type { PrivateLinkEndpointZone } from '../../alicloud/private-link-endpoint-types';", /lib\/rules holds the vendors' rules/],
  ['lib/rules/aws/snapshot-share.ts', "import { findingsOf } from '../../raw-checks/check-resource';", /lib\/rules holds the vendors' rules/],
  ['lib/rules/aws/snapshot-share.ts', "import { Construct } from 'constructs';", /lib\/rules holds the vendors' rules/],
  ['lib/core/rules.ts', "import { ACCOUNT_ID_RULE } from '../rules/aws/account-id';", /engine-neutral/],
  // The checker reads the rules layer, never a construct folder.
  ['lib/raw-checks/resource-types.ts', "import { SNAPSHOT_SHARE_RULES } from '../aws/snapshot-share-rules';", /lib\/raw-checks runs where no engine/],
  ['lib/raw-checks/inputs/lines.ts', "import { VpcepEndpointProps } from '../../vpcep/vpcep-endpoint-types';", /lib\/raw-checks runs where no engine/],
  ['lib/access-map/aws-access.ts', "import { SnapshotShare } from '../aws/snapshot-share';", /lib\/access-map runs where no engine/],
  // Only the plugins and the Terraform validation run the checker.
  ['lib/aws/snapshot-share.ts', "import { findingsOf } from '../raw-checks/check-resource';", /only its plugins run the checker/],
  ['lib/aws/private/account.ts', "import { MapBuilder } from '../../access-map/builder';", /only its plugins run the checker/],
  ['lib/terraform/validation.ts', "import { checkAttributes } from '../raw-checks/check-resource';", /only its wrappers run the checker/],
  ['lib/vpcep/vpcep-endpoint-base.ts', "import { checkAttributes } from '../raw-checks/check-resource';", /no cloud and no bindings/],
  ['lib/alicloud/private-link-endpoint.ts', "import { VpcepEndpointBase } from '../vpcep/vpcep-endpoint-base';", /never loads aws-cdk-lib nor another cloud/],
];

const ALLOWED: Array<[string, string]> = [
  ['lib/core/validator.ts', "import { Construct } from 'constructs';"],
  ['lib/aws/snapshot-share.ts', "import { Validator } from '../core/validator';"],
  ['lib/huaweicloud/vpcep-endpoint.ts', "import { VpcepEndpointBase } from '../vpcep/vpcep-endpoint-base';"],
  ['lib/alicloud/private-link-endpoint.ts', "import { withMetaArguments } from '../terraform/meta-arguments';"],
  ['lib/rules/aws/snapshot-share.ts', "import { ACCOUNT_ID_RULE } from './account-id';"],
  ['lib/rules/alicloud/private-link-endpoint-service.ts', "import { rule } from '../../core/rules';"],
  ['lib/rules/vpcep/service.ts', "import { ACCOUNT_ID_RULE } from '../aws/account-id';"],
  ['lib/raw-checks/inputs/lines.ts', "import { ACCOUNT_ID_RULE } from '../../rules/aws/account-id';"],
  ['lib/aws/private/account.ts', "import { ACCOUNT_ID_RULE } from '../../rules/aws/account-id';"],
  ['lib/aws/raw-resource-validation-plugin.ts', "import { findingsOf } from '../raw-checks/check-resource';"],
  ['lib/aws/access-map-plugin.ts', "import { MapBuilder } from '../access-map/builder';"],
  ['lib/terraform/raw-resource-validation.ts', "import { checkAttributes } from '../raw-checks/check-resource';"],
  ['lib/huaweicloud/vpcep-endpoint.ts', "import { VPCEP_ENDPOINT_RULES } from '../rules/vpcep/endpoint';"],
];

describe('import boundaries', () => {
  let forbidden: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const results = restrictedImports([...FORBIDDEN.map(([f, l]) => [f, l] as [string, string]), ...ALLOWED]);
    forbidden = results.slice(0, FORBIDDEN.length);
    allowed = results.slice(FORBIDDEN.length);
  });

  test.each(FORBIDDEN.map((c, i) => [...c, i] as [string, string, RegExp, number]))('%s may not: %s', (_file, _line, message, i) => {
    expect(forbidden[i]).toHaveLength(1);
    expect(forbidden[i][0]).toMatch(message);
  });

  test.each(ALLOWED.map((c, i) => [...c, i] as [string, string, number]))('%s may: %s', (_file, _line, i) => {
    expect(allowed[i]).toEqual([]);
  });
});
