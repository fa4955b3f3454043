/**
 * A CDKTF user must never load aws-cdk-lib, and an AWS user never cdktf. Each case imports one entry of the compiled
 * package (lib/*.js, built by `npm test` before jest runs) in a fresh Node process and lists the engine modules
 * left in require.cache.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
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

/**
 * The rule tables and the checker must load where no engine is installed (a CloudFormation or HCL user has neither):
 * each case runs in a Node process in which requiring aws-cdk-lib, cdktf or cdktn fails as if it were not installed.
 */
describe('without any engine installed', () => {
  const WITHOUT_ENGINES = `
    const Module = require('module');
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      if (/^(aws-cdk-lib|cdktf|cdktn)(\\/|$)/.test(request)) {
        const error = new Error("Cannot find module '" + request + "'");
        error.code = 'MODULE_NOT_FOUND';
        throw error;
      }
      return resolve.call(this, request, ...rest);
    };`;

  function runWithoutEngines(script: string): string {
    return execFileSync(process.execPath, ['-e', `${WITHOUT_ENGINES}\n${script}`], { cwd: ROOT, encoding: 'utf-8', stdio: 'pipe' });
  }

  test('every module of the rules layer loads', () => {
    const tables = fs.readdirSync(path.join(ROOT, 'lib', 'rules'), { recursive: true, encoding: 'utf-8' })
      .filter((f: string) => /(?<!\.d)\.ts$/.test(f)).map((f: string) => `./lib/rules/${f.replace(/\.ts$/, '')}`);
    expect(tables.length).toBeGreaterThanOrEqual(9);
    const loaded = JSON.parse(runWithoutEngines(`
      const tables = ${JSON.stringify(tables)};
      process.stdout.write(JSON.stringify(tables.map(t => Object.keys(require(t)).length > 0)));`));
    expect(loaded).toEqual(tables.map(() => true));
  });

  test('the private-access-check command checks a YAML template and a plan', () => {
    // GIVEN the bin run as npm installs it, WHEN it checks inputs with findings, THEN it exits 1 and reports them
    const run = spawnSync(process.execPath, ['-e', `${WITHOUT_ENGINES}
      process.argv = [process.argv[0], 'private-access-check', '--format', 'json',
        'test/raw-checks/fixtures/endpoints.template.yaml', 'test/raw-checks/fixtures/plan.json'];
      require('./bin/private-access-check');`], { cwd: ROOT, encoding: 'utf-8' });
    expect([run.status, run.stderr]).toEqual([1, '']);
    const findings = JSON.parse(run.stdout).findings as Array<{ resource: string }>;
    expect(findings.map(f => f.resource)).toEqual([
      'BadEndpoint', 'BadEndpoint', 'ShareWithPartner',
      'huaweicloud_vpcep_endpoint.reporting', 'module.links.alicloud_privatelink_vpc_endpoint.this',
      'module.links.alicloud_privatelink_vpc_endpoint.this',
    ]);
  });

  test('the private-access-map command maps a YAML template, Terraform JSON, a plan and state, and draws them', () => {
    // GIVEN the bin run as npm installs it, WHEN it maps every kind of input as an HTML page, THEN it exits 0 with a drawing
    const run = spawnSync(process.execPath, ['-e', `${WITHOUT_ENGINES}
      process.argv = [process.argv[0], 'private-access-map', '--format', 'html', ...${JSON.stringify([
        'redshift.template.yaml', 'vpcep.tf.json', 'plan-after.json', 'state.json',
      ].map(f => `test/access-map/fixtures/${f}`))}];
      require('./bin/private-access-map');`], { cwd: ROOT, encoding: 'utf-8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/<svg [^>]*>.*<\/svg>/s);
  });

  test('the hook does stop an engine from loading', () => {
    expect(() => runWithoutEngines("require('./lib/aws')")).toThrow(/Cannot find module 'aws-cdk-lib'/);
  });
});
