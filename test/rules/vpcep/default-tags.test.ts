/**
 * The Huawei Cloud provider merges its `default_tags` into each resource's tags, so they count toward the resource's 20
 * tags: `huaweicloud.VpcepEndpoint` and `VpcepService` check the merged count at synth, and a raw Huawei Cloud endpoint
 * or service gets the same rule (`mergedTagCount`) where the provider's `default_tags` are known. Open Telekom Cloud's
 * provider merges nothing.
 */
import { TerraformStack, Testing } from 'cdktf';
import { HuaweicloudProvider } from '../../../lib/huaweicloud/generated/provider';
import { VpcepEndpoint as VpcepEndpointResource } from '../../../lib/huaweicloud/generated/vpcep-endpoint';
import { VpcepEndpoint } from '../../../lib/huaweicloud/vpcep-endpoint';
import { RawResource, findingsOf } from '../../../lib/raw-checks/check-resource';
import { isTerraformExpression } from '../../../lib/raw-checks/inputs/terraform-json';
import { RawResourceValidation } from '../../../lib/terraform';
import { tryValidation } from '../../support/validation';
import { PORT_ID, SERVICE_ID, VPC_ID } from '../../support/vpcep';

/** `count` tags `<prefix>0`, `<prefix>1`, ... */
const tagsNamed = (prefix: string, count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, 'x']));

const ENDPOINT = { service_id: SERVICE_ID, vpc_id: VPC_ID };
const SERVICE = { vpc_id: VPC_ID, port_id: PORT_ID, server_type: 'VM', port_mapping: [{ service_port: 8080, terminal_port: 80 }] };
const MERGED = /^tags: must have at most 20 tags once the provider's default_tags are merged in \(has 21\)$/;

/** The findings on `tags` of a raw resource whose provider's `default_tags` are `defaultTags`, as `property: rule`. */
function tagFindings(type: string, args: object, tags: unknown, defaultTags?: Record<string, string>): string[] {
  const resource: RawResource = { resource: `${type}.raw`, type, properties: { ...args, tags }, env: { providerDefaultTags: defaultTags } };
  return findingsOf(resource, isTerraformExpression).map(f => `${f.property}: ${f.rule}`);
}

describe.each([
  ['huaweicloud_vpcep_endpoint', ENDPOINT],
  ['huaweicloud_vpcep_service', SERVICE],
])('raw %s tags with the provider\'s default_tags', (type, args) => {
  test.each<[string, unknown, Record<string, string> | undefined, RegExp[]]>([
    ['18 tags and 2 default tags: 20', tagsNamed('t', 18), tagsNamed('d', 2), []],
    ['18 tags and 3 default tags: 21', tagsNamed('t', 18), tagsNamed('d', 3), [MERGED]],
    ['a default tag the resource sets itself counts once', tagsNamed('t', 18), { ...tagsNamed('d', 2), t0: 'default' }, []],
    ['20 tags, default tags not known', tagsNamed('t', 20), undefined, []],
    ['tags from an expression', '${var.tags}', tagsNamed('d', 20), []],
    ['21 tags on their own: reported once, without the default tags', tagsNamed('t', 21), tagsNamed('d', 1),
      [/^tags: must have at most 20 tags \(has 21\)$/]],
  ])('%s', (_case, tags, defaultTags, expected) => {
    // GIVEN a raw resource with these tags, WHEN it is checked knowing its provider's default_tags, THEN exactly these findings
    expect(tagFindings(type, args, tags, defaultTags)).toEqual(expected.map(e => expect.stringMatching(e)));
  });
});

test('an Open Telekom Cloud endpoint: its provider merges no default_tags', () => {
  expect(tagFindings('opentelekomcloud_vpcep_endpoint_v1', ENDPOINT, tagsNamed('t', 18), tagsNamed('d', 5))).toEqual([]);
});

describe('RawResourceValidation and huaweicloud.VpcepEndpoint', () => {
  /** A stack whose Huawei Cloud provider has `defaultTags`, checked by RawResourceValidation. */
  function stackWithDefaultTags(defaultTags: Record<string, string>): TerraformStack {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Network');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101', defaultTags });
    RawResourceValidation.addTo(app);
    return stack;
  }

  test.each([
    ['18 tags and 2 default tags', 2, false],
    ['18 tags and 3 default tags', 3, true],
  ])('%s: the construct fails the synth exactly when the raw resource does', (_case, defaults, refused) => {
    // GIVEN the same 18 tags on a construct and on a raw resource, each in a stack whose provider adds `defaults` tags
    const onConstruct = stackWithDefaultTags(tagsNamed('d', defaults));
    new VpcepEndpoint(onConstruct, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 18) });
    const onRaw = stackWithDefaultTags(tagsNamed('d', defaults));
    new VpcepEndpointResource(onRaw, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 18) });
    // WHEN each is synthesized
    const [construct, raw] = [onConstruct, onRaw].map(stack => tryValidation(() => Testing.fullSynth(stack)));
    // THEN both fail, naming the merged count, or neither does
    expect([construct !== undefined, raw !== undefined]).toEqual([refused, refused]);
    if (refused) {
      expect(construct!.message).toMatch(/tags: .* must have at most 20 tags once the provider's default_tags are merged in \(has 21\)/);
      expect(raw!.message).toMatch(/tags: .* must have at most 20 tags once the provider's default_tags are merged in \(has 21\)/);
    }
  });

  test('a raw resource of an aliased provider counts that provider\'s default_tags', () => {
    // GIVEN a stack whose default provider adds 1 tag, and a raw resource of an aliased provider that adds 3
    const stack = stackWithDefaultTags(tagsNamed('d', 1));
    const eu = new HuaweicloudProvider(stack, 'eu', { alias: 'eu', region: 'eu-west-0', defaultTags: tagsNamed('e', 3) });
    new VpcepEndpointResource(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 18), provider: eu });
    // WHEN it is synthesized THEN the aliased provider's tags are the ones counted
    expect(tryValidation(() => Testing.fullSynth(stack))?.message).toMatch(/merged in \(has 21\)/);
  });

  test('what the construct renders passes the raw check with its provider\'s default_tags', () => {
    // GIVEN an endpoint made by the construct, with 18 tags, and a provider adding 2
    const stack = new TerraformStack(Testing.app(), 'Network');
    new HuaweicloudProvider(stack, 'huaweicloud', { region: 'eu-west-101', defaultTags: tagsNamed('d', 2) });
    new VpcepEndpoint(stack, 'Endpoint', { serviceId: SERVICE_ID, vpcId: VPC_ID, tags: tagsNamed('t', 18) });
    const [args] = Object.values(JSON.parse(Testing.synth(stack)).resource.huaweicloud_vpcep_endpoint) as Record<string, unknown>[];
    // WHEN its arguments are checked as a raw resource's, knowing those default tags, THEN nothing is found
    expect(Object.keys(args.tags as object)).toHaveLength(18);
    expect(tagFindings('huaweicloud_vpcep_endpoint', args, args.tags, tagsNamed('d', 2))).toEqual([]);
  });
});
