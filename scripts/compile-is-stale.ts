/**
 * Exits 0 when lib/ must be compiled (no `.jsii` yet, or a source newer than it), 1 when the last compile is current.
 * `npm test` compiles first only when needed, so `npm run build`, which compiles before testing, compiles once.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return file.endsWith('.ts') && !file.endsWith('.d.ts') ? [file] : [];
  });
}

const assembly = path.join(ROOT, '.jsii');
const compiledAt = fs.existsSync(assembly) ? fs.statSync(assembly).mtimeMs : -Infinity;
const inputs = [...sources(path.join(ROOT, 'lib')), path.join(ROOT, 'package.json'), path.join(ROOT, 'README.md')];
process.exit(inputs.some(file => fs.statSync(file).mtimeMs > compiledAt) ? 0 : 1);
