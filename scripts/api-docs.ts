/**
 * Makes the API.md that jsii-docgen writes readable (runs after docgen in post-compile):
 * - each type's heading names its namespace (`huaweicloud.VpcepEndpoint`, not `VpcepEndpoint` three times over);
 * - the generated Terraform bindings (every `<cloud>.bindings.*` type, most of the file) follow the constructs, in
 *   sections of their own, instead of being interleaved with them.
 * Anchors are kept, so every link in the file still resolves.
 */
import * as fs from 'fs';
import * as path from 'path';

const HEADING = /^### (\S+) <a name="[^"]*" id="([^"]+)"><\/a>$/;

/** The type's name with its namespace, from its anchor id (`<package>.<namespace...>.<Type>`). */
function qualifiedName(id: string, packageName: string): string {
  return id.startsWith(`${packageName}.`) ? id.slice(packageName.length + 1) : id;
}

interface Category {
  readonly heading: string;
  readonly intro: string[];
  readonly sections: Array<{ readonly id: string; readonly lines: string[] }>;
}

/** API.md with namespaced headings and the bindings after the constructs. */
export function readableApiDocs(markdown: string, packageName: string): string {
  const lines = markdown.split('\n');
  const preamble: string[] = [];
  const categories: Category[] = [];
  for (const line of lines) {
    const category = categories[categories.length - 1];
    const heading = HEADING.exec(line);
    if (line.startsWith('## ')) {
      categories.push({ heading: line, intro: [], sections: [] });
    } else if (heading && category) {
      const [, name, id] = heading;
      category.sections.push({ id, lines: [line.replace(`### ${name} `, `### ${qualifiedName(id, packageName)} `)] });
    } else if (category) {
      (category.sections.length ? category.sections[category.sections.length - 1].lines : category.intro).push(line);
    } else {
      preamble.push(line);
    }
  }
  const isBinding = (id: string) => id.includes('.bindings.');
  const render = (title: (c: Category) => string, keep: (id: string) => boolean) => categories.flatMap(c => {
    const sections = c.sections.filter(s => keep(s.id));
    return sections.length ? [title(c), ...c.intro, ...sections.flatMap(s => s.lines)] : [];
  });
  const bindingsNote = '> The types of the generated Terraform bindings (`<cloud>.bindings`) follow the constructs, under the '
    + '"Bindings" headings.';
  return [
    ...preamble.slice(0, 1), '', bindingsNote, ...preamble.slice(1),
    ...render(c => c.heading, id => !isBinding(id)),
    ...render(c => c.heading.replace(/^## (\S+) <a name="([^"]*)" id="([^"]*)">/, '## Bindings: $1 <a name="Bindings $2" id="bindings-$3">'), isBinding),
  ].join('\n');
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const file = path.join(root, 'API.md');
  const name = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf-8')) as { name: string }).name;
  const before = fs.readFileSync(file, 'utf-8');
  if (before.includes('"Bindings" headings')) {
    process.stdout.write('api-docs: API.md is already arranged\n');
  } else {
    fs.writeFileSync(file, readableApiDocs(before, name));
    process.stdout.write('api-docs: API.md headings name their namespaces; the generated bindings follow the constructs\n');
  }
}
