/**
 * Makes the root barrel's cloud namespaces lazy after jsii compiles lib/index.ts.
 *
 * TypeScript turns `export * as aws from './aws'` into an eager `require`, so importing the package would load
 * aws-cdk-lib and cdktf together. A CDKTF user must not pay for aws-cdk-lib (and may not have it installed), so each
 * namespace becomes a getter that requires its folder on first access, as aws-cdk-lib does for its own barrel.
 */
import * as fs from 'fs';
import * as path from 'path';

const INDEX = path.resolve(__dirname, '..', 'lib', 'index.js');
const EAGER_NAMESPACE = /^exports\.(\w+) = __importStar\(require\("(\.\/[\w/-]+)"\)\);$/gm;

const source = fs.readFileSync(INDEX, 'utf-8');
const namespaces: string[] = [];
const lazy = source.replace(EAGER_NAMESPACE, (_line, name: string, modulePath: string) => {
  namespaces.push(name);
  return `Object.defineProperty(exports, "${name}", { enumerable: true, configurable: true, get: () => require("${modulePath}") });`;
});

if (namespaces.length === 0 && !source.includes('Object.defineProperty(exports, "aws"')) {
  process.stderr.write(`lazy-index: no namespace export found in ${INDEX}; did the compiler output change?\n`);
  process.exit(1);
}
fs.writeFileSync(INDEX, lazy);
process.stdout.write(`lazy-index: ${namespaces.length ? namespaces.join(', ') : 'already lazy'}\n`);
