/**
 * Every public member of the jsii assembly (what API.md is generated from) carries documentation, and every optional
 * prop of a hand-written struct says what happens when it is left out (`@default`). Reads the compiled `.jsii`, which
 * `npm test` builds before jest runs.
 */
import * as fs from 'fs';
import * as path from 'path';

const assembly = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '.jsii'), 'utf-8'));
const types: any[] = Object.values(assembly.types);

/**
 * Generated Terraform bindings document their types and config props with links to the registry docs; the accessors
 * the generator adds to their classes (`xInput`, `resetX()`, getters mirroring the config) carry no docs of their own,
 * and their structs have no defaults to state. Those members are held to the type-level rule only.
 */
function isGenerated(type: any): boolean {
  return /(^|\/)generated\//.test(type.locationInModule?.filename ?? '');
}

function undocumented(): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (!type.docs?.summary) missing.push(`${type.fqn}: no summary`);
    const accessorsExempt = isGenerated(type) && type.kind === 'class';
    for (const prop of type.properties ?? []) {
      if (!prop.docs?.summary && !accessorsExempt) missing.push(`${type.fqn}.${prop.name}: no summary`);
      if (type.datatype && prop.optional && !isGenerated(type) && prop.docs?.default === undefined) {
        missing.push(`${type.fqn}.${prop.name}: optional prop without @default`);
      }
    }
    for (const method of type.methods ?? []) {
      if (!method.docs?.summary && !accessorsExempt) missing.push(`${type.fqn}.${method.name}(): no summary`);
    }
    for (const member of type.members ?? []) {
      if (!member.docs?.summary) missing.push(`${type.fqn}.${member.name}: no summary`);
    }
  }
  return missing;
}

describe('public API documentation', () => {
  test('the assembly has types in every cloud namespace', () => {
    const namespaces = new Set(types.map(t => t.namespace?.split('.')[0]));
    expect([...namespaces]).toEqual(expect.arrayContaining(['aws', 'huaweicloud', 'opentelekomcloud', 'alicloud']));
  });

  test('no public type or member is undocumented, and no optional prop lacks @default', () => {
    expect(undocumented()).toEqual([]);
  });
});
