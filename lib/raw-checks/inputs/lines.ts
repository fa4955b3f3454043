/**
 * Where values are written in a file, for reports that point at the attribute a finding is about. Each input kind
 * indexes its text its own way (JSON here, YAML in `template-text.ts`, HCL in `hcl.ts`), lazily: a file without
 * findings is never indexed.
 */

/** A step into a parsed document: an object's key or a list's index. */
export type PathSegment = string | number;

/** The lines of one parsed file. */
export interface Lines {
  /** The line on which the value at `path` is written (for an object's member, its key's line); undefined if unknown. */
  lineOf(path: readonly PathSegment[]): number | undefined;
}

/** A finding's property as a path: `port_mapping[1].service_port` → `port_mapping`, 1, `service_port`; `tags["a.b"]` → `tags`, `a.b`. */
export function propertyPath(property: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const step = /\["((?:[^"\\]|\\.)*)"\]|\[(\d+)\]|\.?([^.[\]]+)/g;
  for (let match = step.exec(property); match; match = step.exec(property)) {
    if (match[1] !== undefined) segments.push(JSON.parse(`"${match[1]}"`) as string);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(match[3]);
  }
  return segments;
}

/**
 * The line of `property` of the value at `base`: where it is written, else where the nearest enclosing value is.
 * A single nested block may be written as an object where the checks count it as a list's first entry, so a
 * path's `0` steps are tried without too.
 */
export function propertyLine(lines: Lines, base: readonly PathSegment[], property: string): number | undefined {
  const steps = propertyPath(property);
  const withoutFirstIndexes = steps.filter(s => s !== 0);
  const exact = lines.lineOf([...base, ...steps]) ?? lines.lineOf([...base, ...withoutFirstIndexes]);
  if (exact !== undefined) return exact;
  for (let n = steps.length - 1; n >= 0; n--) {
    const line = lines.lineOf([...base, ...steps.slice(0, n)]);
    if (line !== undefined) return line;
  }
  return undefined;
}

/** A key for a path in an index: segments cannot contain NUL in any input this reads. */
export function pathKey(path: readonly PathSegment[]): string {
  return path.join('\0');
}

/** The lines of a JSON text: every member's key and every list entry, indexed on first use in one pass. */
export class JsonLines implements Lines {
  private index?: Map<string, number>;

  constructor(private readonly source: string) {}

  public lineOf(path: readonly PathSegment[]): number | undefined {
    this.index ??= indexJson(this.source);
    return path.length === 0 ? 1 : this.index.get(pathKey(path));
  }
}

interface Open { readonly kind: '{' | '['; key?: string; index: number }

/** Scans JSON once, recording the line of each member's key and of each list entry's first character. */
function indexJson(source: string): Map<string, number> {
  const index = new Map<string, number>();
  const stack: Open[] = [];
  const path: string[] = [];
  let line = 1;
  /** The key of the value about to start in the innermost list, and records its line. */
  const enterValue = () => {
    const top = stack[stack.length - 1];
    if (top?.kind === '[') index.set(pathKey([...path, top.index]), line);
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') {
      line++;
    } else if (c === '"') {
      let end = i + 1;
      while (source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      const isKey = top?.kind === '{' && top.key === undefined;
      if (isKey) {
        top.key = JSON.parse(source.slice(i, end + 1)) as string;
        index.set(pathKey([...path, top.key]), line);
      } else {
        enterValue();
      }
      i = end;
    } else if (c === '{' || c === '[') {
      enterValue();
      const top = stack[stack.length - 1];
      if (top) path.push(top.kind === '{' ? top.key! : String(top.index));
      stack.push({ kind: c, index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
      if (stack.length > 0) path.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === '{') top.key = undefined;
      else if (top) top.index++;
    } else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== ':') {
      // a number, true, false or null: the first character of a list entry
      const top = stack[stack.length - 1];
      if (top?.kind === '[' && !index.has(pathKey([...path, top.index]))) enterValue();
    }
  }
  return index;
}
