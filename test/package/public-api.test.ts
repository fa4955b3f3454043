/**
 * The TypeScript API is the jsii API: every value a public namespace exports is a class or enum of the jsii assembly
 * (constructs, enums, provider and resource classes), so no language sees an internal that another does not.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as root from '../../lib';

const assembly = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '.jsii'), 'utf-8'));
const NAMESPACES = ['aws', 'vpcep', 'huaweicloud', 'opentelekomcloud', 'alicloud'] as const;

/** The classes and enums jsii publishes in `namespace` (undefined: at the root). */
function jsiiValues(namespace: string | undefined): string[] {
  return Object.values<any>(assembly.types)
    .filter(t => t.namespace === namespace && (t.kind === 'class' || t.kind === 'enum'))
    .map(t => t.name)
    .sort();
}

describe('the public API', () => {
  test.each(NAMESPACES)('%s exports exactly the classes and enums of the jsii assembly', namespace => {
    expect(Object.keys(root[namespace]).sort()).toEqual(jsiiValues(namespace));
  });

  test('the root exports the namespaces and ValidationError, a TypeScript/JavaScript-only class jsii cannot model', () => {
    expect(Object.keys(root).sort()).toEqual(['ValidationError', ...NAMESPACES].sort());
    expect(jsiiValues(undefined)).toEqual([]);
  });
});
