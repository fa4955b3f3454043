/**
 * The checks for raw resources read each Terraform argument as its provider reads it, not as the construct's prop or
 * the vendor API reads the value of the same name: prefixes the provider adds, empty values it does not send, sets.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import * as opentelekomcloud from '../../lib/opentelekomcloud';
import { main } from '../../lib/scan/cli';
import { isTerraformExpression } from '../../lib/scan/inputs/terraform-json';
import { RawResource, findingsOf } from '../../lib/scan/scan';
import { RawResourceValidation } from '../../lib/terraform';
import { tryValidation, validationErrorOf } from '../support/validation';
import { DOMAIN_ID, SERVICE_BASE } from '../vpcep/support';

const QUIET = { out: () => undefined, err: () => undefined };

/** What the checks report for one raw Terraform resource of `type` with `properties`: `property: rule` each. */
function reported(type: string, properties: Record<string, unknown>): string[] {
  const resource: RawResource = { resource: `${type}.raw`, type, properties };
  return findingsOf(resource, isTerraformExpression).map(f => `${f.property}: ${f.rule}`);
}

/** A stack with the Terraform validation, and a raw resource of `type` whose arguments are `args`. */
function rawResourceStack(type: string, args: Record<string, unknown>): TerraformStack {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Network');
  const raw = new TerraformResource(stack, 'Raw', { terraformResourceType: type });
  for (const [name, value] of Object.entries(args)) raw.addOverride(name, value);
  RawResourceValidation.addTo(app);
  return stack;
}

describe('opentelekomcloud_vpcep_service_v1 whitelist: bare domain IDs, to which the provider adds "iam:domain::"', () => {
  const SERVICE = 'opentelekomcloud_vpcep_service_v1';

  test('the output of the library\'s own opentelekomcloud.VpcepService passes the checker and the Terraform validation', async () => {
    // GIVEN a cdktf app with the L2 service allowing one account and every account, synthesized to cdktf.out
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-out-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'Network');
    new opentelekomcloud.OpentelekomcloudProvider(stack, 'otc', { region: 'eu-de' });
    new opentelekomcloud.VpcepService(stack, 'Service', {
      ...SERVICE_BASE, name: 'orders-svc', allowedConsumers: [`iam:domain::${DOMAIN_ID}`, '*'],
    });
    app.synth();
    const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'Network', 'cdk.tf.json'), 'utf-8'));
    const [args] = Object.values(config.resource[SERVICE]) as Record<string, unknown>[];
    expect(args.whitelist).toEqual([DOMAIN_ID, '*']);
    // WHEN the checker reads cdktf.out, THEN it finds nothing
    expect(await main([outdir], QUIET)).toBe(0);
    // AND the same arguments, written as a raw resource, pass the Terraform validation
    const written = Object.fromEntries(Object.entries(args).filter(([name]) => name !== '//'));
    expect(tryValidation(() => Testing.fullSynth(rawResourceStack(SERVICE, written)))).toBeUndefined();
  });

  test.each([
    ['a bare domain ID', DOMAIN_ID, undefined],
    ['"*" (the provider sends iam:domain::*, every account)', '*', undefined],
    ['the longest domain ID, 64 letters and digits', 'a1'.repeat(32), undefined],
    ['a prefixed record, which the provider would send doubled', `iam:domain::${DOMAIN_ID}`, /the Open Telekom Cloud provider adds that prefix itself/],
    ['a prefixed "*"', 'iam:domain::*', /the Open Telekom Cloud provider adds that prefix itself/],
    ['a domain ID of 65 characters', 'a'.repeat(65), /must be a bare domain ID \(1–64 letters and digits\)/],
    ['a domain ID with a hyphen', 'a-b', /must be a bare domain ID/],
    ['a Huawei Cloud organization record', 'organizations:orgPath::*', /must be a bare domain ID/],
  ])('whitelist entry %s', (_case, entry, problem) => {
    // WHEN a raw service lists the entry
    const findings = reported(SERVICE, { whitelist: [entry] });
    // THEN it is reported on whitelist[0] exactly when the provider would send the API no valid record
    expect(findings).toEqual(problem ? [expect.stringMatching(problem)] : []);
    if (problem) expect(findings[0]).toMatch(/^whitelist\[0\]: /);
  });

  test('the Terraform validation names the raw resource, the entry and why the prefix is wrong', () => {
    const error = validationErrorOf(() => Testing.fullSynth(rawResourceStack(SERVICE, { whitelist: [`iam:domain::${DOMAIN_ID}`] })));
    expect(error.violations.map(v => [v.constructPath, v.property, v.value])).toEqual([
      ['Network/Raw', 'whitelist[0]', `"iam:domain::${DOMAIN_ID}"`],
    ]);
    expect(error.message).toContain('would get "iam:domain::iam:domain::<domain id>" (write the bare domain ID)');
  });
});
