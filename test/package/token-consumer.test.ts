/**
 * The Terraform constructs are typed like cdktf's own resource classes: every prop takes a token (booleans as
 * `boolean | IResolvable`, numbers, lists and maps as cdktf's encoded tokens, struct fields too), and every construct
 * is an `ITerraformDependable`. token-consumer/app.ts is such a consumer; it must compile with strict settings and
 * `skipLibCheck: false`, and its tokens must reach the output as Terraform references.
 */
import * as path from 'path';
import { Testing } from 'cdktf';
import * as ts from 'typescript';
import { tokenConsumer } from './token-consumer/app';
import { PrivateLinkEndpoint } from '../../lib/alicloud/private-link-endpoint';
import { PrivateLinkEndpointService } from '../../lib/alicloud/private-link-endpoint-service';
import { Shape } from '../../lib/core/shapes';
import { META_ARGUMENT_SHAPES } from '../../lib/terraform/meta-arguments';
import { VpcepEndpointBase } from '../../lib/vpcep/vpcep-endpoint-base';
import { VpcepServiceBase } from '../../lib/vpcep/vpcep-service-base';
import { expectConformsToSchemas } from '../support/terraform-schema';

const CONSUMER = path.join(__dirname, 'token-consumer', 'app.ts');
/** A consumer that gives a boolean token to a plain `boolean`: the compiler must refuse it, or the check proves nothing. */
const REFUSED = path.join(__dirname, 'token-consumer', 'refused.ts');
const REFUSED_SOURCE = `import { TerraformStack, TerraformVariable } from 'cdktf';
declare const stack: TerraformStack;
export const props: { readonly enabled?: boolean } = { enabled: new TerraformVariable(stack, 'x', { type: 'bool' }).booleanValue };
`;

/** The props each construct takes, as the shapes declare them, but the meta-arguments and construct references. */
const OWN_PROPS_OF: Record<string, { shape: Shape; except?: string[] }> = {
  'huaweicloud.VpcepEndpoint': { shape: VpcepEndpointBase._shapes.props },
  'opentelekomcloud.VpcepEndpoint': { shape: VpcepEndpointBase._shapes.props, except: ['policyDocument', 'ipVersion', 'ipv6Address', 'region'] },
  'alicloud.PrivateLinkEndpoint': { shape: PrivateLinkEndpoint._shapes.props },
  'huaweicloud.VpcepService': { shape: VpcepServiceBase._shapes.props },
  'opentelekomcloud.VpcepService': { shape: VpcepServiceBase._shapes.props, except: ['ipVersion', 'snatNetworkId', 'region', 'enablePolicy'] },
  'alicloud.PrivateLinkEndpointService': { shape: PrivateLinkEndpointService._shapes.props },
};

/** Type-checks the consumer and the refused file as one strict program; returns the diagnostics of each file. */
function compile(): Record<string, string[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    lib: ['lib.es2022.d.ts'],
    esModuleInterop: true,
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = file => (path.resolve(file) === REFUSED ? REFUSED_SOURCE : readFile(file));
  host.fileExists = (exists => (file: string) => path.resolve(file) === REFUSED || exists(file))(host.fileExists.bind(host));
  const program = ts.createProgram([CONSUMER, REFUSED], options, host);
  const byFile: Record<string, string[]> = {};
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? path.relative(path.join(__dirname, '..', '..'), d.file.fileName) : '(options)';
    (byFile[file] ??= []).push(`TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  }
  return byFile;
}

describe('a consumer giving every prop as a token', () => {
  test('compiles with strict settings and skipLibCheck false, while a token in a plain boolean does not', () => {
    // WHEN
    const diagnostics = compile();
    // THEN only the refused file has an error, the one that shows the check can fail
    expect(Object.keys(diagnostics)).toEqual([path.relative(path.join(__dirname, '..', '..'), REFUSED)]);
    expect(Object.values(diagnostics)[0].join('\n')).toMatch(/TS2322: Type 'IResolvable' is not assignable to type 'boolean \| undefined'/);
  }, 180_000);

  test.each(Object.keys(OWN_PROPS_OF))('gives every prop of %s', construct => {
    // GIVEN
    const { given } = tokenConsumer(Testing.app());
    const { shape, except = [] } = OWN_PROPS_OF[construct];
    // WHEN
    const expected = Object.entries(shape.fields!)
      .filter(([name, field]) => !(name in META_ARGUMENT_SHAPES) && field.kind !== 'object' && !except.includes(name))
      .map(([name]) => name);
    // THEN
    const used = new Set(given[construct].flatMap(props => Object.keys(props)));
    expect(expected.filter(name => !used.has(name))).toEqual([]);
  });

  describe('synthesized', () => {
    let doc: Record<string, any>;
    let resources: string;
    beforeAll(() => {
      const synthesized = Testing.synth(tokenConsumer(Testing.app()).stack, true);
      expectConformsToSchemas(synthesized);
      doc = JSON.parse(synthesized);
      resources = JSON.stringify(doc.resource);
    });

    test('every variable is rendered as a reference: ${var.…}, or var.… inside the policy statements\' jsonencode()', () => {
      const variables = Object.keys(doc.variable);
      expect(variables.length).toBeGreaterThan(100);
      const missing = variables.filter(name => /_(effect|actions|resources)$/.test(name)
        ? !new RegExp(`jsonencode\\(.*\\bvar\\.${name}\\b`).test(resources)
        : !resources.includes(`"\${var.${name}}"`));
      expect(missing).toEqual([]);
    });

    test('booleans, numbers, maps and timeouts are passed through as the variables', () => {
      const find = (type: string, id: string) => Object.entries<any>(doc.resource[type]).find(([key]) => key.startsWith(id))![1];
      const huawei = find('huaweicloud_vpcep_endpoint', 'HuaweiInterface');
      expect(huawei).toMatchObject({
        enable_dns: '${var.hw_enable_dns}',
        enable_whitelist: '${var.hw_enable_whitelist}',
        tags: '${var.hw_tags}',
        region: '${var.hw_region}',
        timeouts: { create: '${var.hw_timeout_create}', delete: '${var.hw_timeout_delete}' },
      });
      expect(find('alicloud_privatelink_vpc_endpoint', 'AliById')).toMatchObject({
        protected_enabled: '${var.ali_protected_enabled}',
        zone_private_ip_address_count: '${var.ali_zone_private_ip_address_count}',
        cross_region_bandwidth: '${var.ali_cross_region_bandwidth}',
      });
      expect(find('alicloud_privatelink_vpc_endpoint', 'AliByName').count).toBe('${var.ali_count}');
      expect(find('huaweicloud_vpcep_service', 'HuaweiService')).toMatchObject({
        approval: '${var.hw_svc_approval}',
        port_mapping: [{ service_port: '${var.hw_svc_service_port}', terminal_port: '${var.hw_svc_terminal_port}', protocol: '${var.hw_svc_protocol}' }],
        region: '${var.hw_svc_region}',
        timeouts: { create: '${var.hw_svc_timeout_create}', delete: '${var.hw_svc_timeout_delete}' },
      });
      expect(find('opentelekomcloud_vpcep_service_v1', 'OtcService').timeouts).toEqual({ default: '${var.otc_svc_timeout}' });
      expect(find('alicloud_privatelink_vpc_endpoint_service', 'AliService')).toMatchObject({
        auto_accept_connection: '${var.ali_svc_auto_accept}',
        connect_bandwidth: '${var.ali_svc_connect_bandwidth}',
        zone_affinity_enabled: '${var.ali_svc_zone_affinity}',
      });
    });

    test.each([
      ['a plain resource', 'huaweicloud_vpcep_endpoint', 'PlainHuawei', 'huaweicloud_vpcep_endpoint', 'HuaweiInterface'],
      ['another construct', 'huaweicloud_vpcep_endpoint', 'HuaweiGateway', 'huaweicloud_vpcep_endpoint', 'HuaweiInterface'],
      ['another construct', 'opentelekomcloud_vpcep_endpoint_v1', 'OtcGateway', 'opentelekomcloud_vpcep_endpoint_v1', 'OtcInterface'],
      ['another construct', 'alicloud_privatelink_vpc_endpoint', 'AliByName', 'alicloud_privatelink_vpc_endpoint', 'AliById'],
      ['another construct', 'huaweicloud_vpcep_endpoint', 'HuaweiGateway', 'huaweicloud_vpcep_service', 'HuaweiService'],
      ['another construct', 'opentelekomcloud_vpcep_endpoint_v1', 'OtcGateway', 'opentelekomcloud_vpcep_service_v1', 'OtcService'],
      ['another construct', 'alicloud_privatelink_vpc_endpoint', 'AliByName', 'alicloud_privatelink_vpc_endpoint_service', 'AliService'],
    ])('%s (%s %s) depends on the resource of %s %s', (_what, type, id, dependencyType, dependencyId) => {
      const key = (t: string, prefix: string) => Object.keys(doc.resource[t]).find(k => k === prefix || k.startsWith(`${prefix}_`))!;
      expect(doc.resource[type][key(type, id)].depends_on).toContain(`${dependencyType}.${key(dependencyType, dependencyId)}`);
    });
  });
});
