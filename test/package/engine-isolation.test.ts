/**
 * A CDKTF user must never load aws-cdk-lib, and an AWS user never cdktf. Each case imports one entry of the compiled
 * package (lib/*.js, built by `npm test` before jest runs) in a fresh Node process and lists the engine modules
 * left in require.cache.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function enginesLoadedBy(script: string): { awsCdkLib: boolean; cdktf: boolean } {
  const probe = `
    ${script};
    const loaded = Object.keys(require.cache);
    process.stdout.write(JSON.stringify({
      awsCdkLib: loaded.some(f => f.includes('/node_modules/aws-cdk-lib/')),
      cdktf: loaded.some(f => f.includes('/node_modules/cdktf/')),
    }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf-8' }));
}

describe('engine isolation', () => {
  test.each([
    ['root: huaweicloud', "Object.keys(require('./lib').huaweicloud)"],
    ['root: opentelekomcloud', "Object.keys(require('./lib').opentelekomcloud)"],
    ['root: alicloud', "Object.keys(require('./lib').alicloud)"],
    ['subpath lib/huaweicloud', "Object.keys(require('./lib/huaweicloud'))"],
    ['subpath lib/opentelekomcloud', "Object.keys(require('./lib/opentelekomcloud'))"],
    ['subpath lib/alicloud', "Object.keys(require('./lib/alicloud'))"],
  ])('%s loads cdktf and not aws-cdk-lib', (_entry, script) => {
    expect(enginesLoadedBy(script)).toEqual({ awsCdkLib: false, cdktf: true });
  });

  test.each([
    ['root: aws', "Object.keys(require('./lib').aws)"],
    ['subpath lib/aws', "Object.keys(require('./lib/aws'))"],
  ])('%s loads aws-cdk-lib and not cdktf', (_entry, script) => {
    expect(enginesLoadedBy(script)).toEqual({ awsCdkLib: true, cdktf: false });
  });

  test('root: vpcep (the props shared by the Huawei and OTC endpoints) does not load aws-cdk-lib', () => {
    expect(enginesLoadedBy("Object.keys(require('./lib').vpcep)").awsCdkLib).toBe(false);
  });

  test('the root alone (ValidationError) loads neither engine', () => {
    expect(enginesLoadedBy("require('./lib').ValidationError.isValidationError({})")).toEqual({ awsCdkLib: false, cdktf: false });
  });
});
