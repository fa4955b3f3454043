/**
 * The TypeScript API is the jsii API: every value a public namespace exports is a class or enum of the jsii assembly
 * (constructs, enums, provider and resource classes) or one of its submodules, so no language sees an internal that
 * another does not.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as root from '../../lib';

const assembly = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '.jsii'), 'utf-8'));
const NAMESPACES = ['aws', 'vpcep', 'huaweicloud', 'opentelekomcloud', 'alicloud', 'terraform'] as const;
/** Every submodule jsii publishes, by its path below the package (`huaweicloud.bindings.vpcepEndpoint`). */
const SUBMODULES = Object.keys(assembly.submodules).map(fqn => fqn.slice(`${assembly.name}.`.length)).sort();

/** The classes and enums jsii publishes in `namespace` (undefined: at the root), and its direct submodules. */
function jsiiValues(namespace: string | undefined): string[] {
  const types = Object.values<any>(assembly.types)
    .filter(t => t.namespace === namespace && (t.kind === 'class' || t.kind === 'enum'))
    .map(t => t.name);
  const children = namespace === undefined ? [] : SUBMODULES
    .filter(sub => sub.startsWith(`${namespace}.`) && !sub.slice(namespace.length + 1).includes('.'))
    .map(sub => sub.slice(namespace.length + 1));
  return [...types, ...children].sort();
}

/**
 * The generated binding modules also export the generator's mapper functions (`<struct>ToTerraform`,
 * `<struct>ToHclTerraform`), as `cdktf get` and prebuilt providers do: the resource classes call them, jsii does not
 * model functions.
 */
function isBindingMapper(submodule: string, name: string): boolean {
  return /^\w+\.bindings\.\w+$/.test(submodule) && /To(Hcl)?Terraform$/.test(name) && typeof moduleAt(submodule)[name] === 'function';
}

/** The module object a submodule path names, e.g. `huaweicloud.bindings` → `root.huaweicloud.bindings`. */
function moduleAt(submodule: string): Record<string, unknown> {
  return submodule.split('.').reduce<any>((module, name) => module[name], root);
}

describe('the public API', () => {
  test('jsii publishes the cloud namespaces and, in each Terraform cloud, its bindings', () => {
    expect(SUBMODULES.filter(sub => sub.split('.').length <= 2)).toEqual([
      'alicloud', 'alicloud.bindings', 'aws', 'huaweicloud', 'huaweicloud.bindings', 'opentelekomcloud', 'opentelekomcloud.bindings', 'terraform', 'vpcep',
    ]);
  });

  test.each(SUBMODULES)('%s exports exactly the classes, enums and submodules of the jsii assembly', submodule => {
    const values = Object.keys(moduleAt(submodule)).filter(name => !isBindingMapper(submodule, name));
    expect(values.sort()).toEqual(jsiiValues(submodule));
  });

  test('the root exports the namespaces and ValidationError, a TypeScript/JavaScript-only class jsii cannot model', () => {
    expect(Object.keys(root).sort()).toEqual(['ValidationError', ...NAMESPACES].sort());
    expect(jsiiValues(undefined)).toEqual([]);
  });
});
