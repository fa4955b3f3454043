/**
 * HCL, Terraform's native syntax, read with `@cdktn/hcl2json` (CDK Terrain's parser, cdktf's before it: HashiCorp's HCL library
 * compiled to WebAssembly) into Terraform JSON's structure: expressions become `${...}` strings, each block body a
 * one-element list. The parser keeps no positions, so `HclLines` finds where blocks and attributes are written.
 *
 * @see https://www.npmjs.com/package/@cdktn/hcl2json
 * @see https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md
 */
import { Lines, PathSegment, pathKey } from './lines';

type Parse = (filename: string, contents: string) => Promise<Record<string, unknown>>;
let parser: Parse | undefined;

/**
 * Above this size a file is parsed in pieces of about this size, cut between its top-level blocks: the parser's work
 * grows faster than the text (10,000 resources in one file take about twice as long as in forty pieces).
 */
const PIECE = 32 * 1024;

/**
 * Parses one HCL file (`.tf` or `.tfvars`). The parser is loaded on first use: it compiles its WebAssembly as it loads,
 * which a run without HCL need not pay for. Throws the parser's message, with the file, line and column, on bad syntax.
 */
export async function parseHcl(file: string, source: string): Promise<Record<string, unknown>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser ??= (require('@cdktn/hcl2json') as { parse: Parse }).parse;
  if (source.length <= PIECE) return parser(file, source);
  try {
    let document: Record<string, unknown> = {};
    for (const piece of piecesOf(source)) document = merged(document, await parser(file, piece));
    return document;
  } catch {
    // The whole file, for the parser's message with the file's own line numbers.
    return parser(file, source);
  }
}

/** The text cut after top-level blocks into pieces of about `PIECE` characters. */
function piecesOf(source: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const end of new HclOutline(source).topLevelEnds()) {
    if (end - start >= PIECE) {
      pieces.push(source.slice(start, end));
      start = end;
    }
  }
  pieces.push(source.slice(start));
  return pieces;
}

/** Two parsed pieces of one file as one: lists (each block's bodies) joined, objects (labels) merged. */
function merged(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const before = result[key];
    if (Array.isArray(before) && Array.isArray(value)) result[key] = [...before, ...value];
    else if (isObject(before) && isObject(value)) result[key] = merged(before, value);
    else result[key] = value;
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A block as written: its line and labels, the lines of its attributes and its nested blocks by type, in order. */
interface Block {
  readonly line: number;
  readonly labels: readonly string[];
  readonly attributes: Map<string, number>;
  readonly blocks: Map<string, Block[]>;
}

/**
 * The lines of an HCL file, for the paths of its Terraform JSON form: `resource`, `type`, `name` (then the `0` of the
 * body's list), then attributes and nested blocks (`port_mapping`, 1, `service_port`). A path into an attribute's
 * value (`whitelist`, 0) ends at the attribute's line.
 */
export class HclLines implements Lines {
  private topLevel?: Map<string, Block>;

  constructor(private readonly source: string) {}

  public lineOf(path: readonly PathSegment[]): number | undefined {
    this.topLevel ??= new HclOutline(this.source).topLevel();
    // The labels: as many segments after the block type as name a block that is written.
    let block: Block | undefined;
    let at = 1;
    for (let labels = Math.min(2, path.length - 1); labels >= 0 && !block; labels--) {
      block = this.topLevel.get(pathKey(path.slice(0, 1 + labels)));
      at = 1 + labels;
    }
    if (!block) return undefined;
    if (path[at] === 0) at++;
    let line = block.line;
    while (at < path.length) {
      const name = path[at];
      if (typeof name !== 'string') break;
      const attribute = block.attributes.get(name);
      if (attribute !== undefined) return attribute;
      const nested = block.blocks.get(name);
      if (!nested) return undefined;
      const index = typeof path[at + 1] === 'number' ? (path[at + 1] as number) : 0;
      block = nested[index];
      if (!block) return line;
      line = block.line;
      at += typeof path[at + 1] === 'number' ? 2 : 1;
    }
    return line;
  }
}

const IDENTIFIER = /[A-Za-z_][\w-]*/y;
const SPACE = /[ \t\r]*/y;

/**
 * A scan of HCL's structure only: bodies, blocks and their labels, attribute names. Expressions are skipped (strings,
 * templates, heredocs, comments and brackets balanced), never evaluated: their values come from the parser.
 */
class HclOutline {
  private at = 0;
  private line = 1;

  constructor(private readonly source: string) {}

  /** The file's blocks by type and labels (`resource`, type, name), the first of each where one is written twice. */
  public topLevel(): Map<string, Block> {
    const blocks = new Map<string, Block>();
    for (const [type, list] of this.body(1, []).blocks) {
      for (const block of list) {
        const key = pathKey([type, ...block.labels]);
        if (!blocks.has(key)) blocks.set(key, block);
      }
    }
    return blocks;
  }

  /** Where each top-level block or attribute of the file ends (the offset after it). */
  public topLevelEnds(): number[] {
    const ends: number[] = [];
    this.body(1, [], () => ends.push(this.at));
    return ends;
  }

  /** A body, up to its closing brace (consumed) or the end of the text; `ended` is called after each entry. */
  private body(opened: number, labelled: readonly string[], ended?: () => void): Block {
    const block: Block = { line: opened, labels: labelled, attributes: new Map(), blocks: new Map() };
    for (;;) {
      this.skipBlank(true);
      if (this.at >= this.source.length) return block;
      if (this.source[this.at] === '}') {
        this.at++;
        return block;
      }
      const name = this.identifier();
      if (name === undefined) {
        // not a name: skip what cannot be read, as the parser would have refused the file anyway
        this.at++;
        continue;
      }
      const line = this.line;
      this.skipBlank(false);
      if (this.source[this.at] === '=' && this.source[this.at + 1] !== '=') {
        this.at++;
        block.attributes.set(name, line);
        this.skipExpression();
        ended?.();
        continue;
      }
      const labels: string[] = [];
      while (this.at < this.source.length && this.source[this.at] !== '{') {
        if (this.source[this.at] === '"') labels.push(JSON.parse(this.source.slice(this.at, this.skipString())) as string);
        else labels.push(this.identifier() ?? this.source[this.at++]);
        this.skipBlank(false);
      }
      this.at++;
      const nested = this.body(line, labels);
      const list = block.blocks.get(name);
      if (list) list.push(nested);
      else block.blocks.set(name, [nested]);
      ended?.();
    }
  }

  private identifier(): string | undefined {
    IDENTIFIER.lastIndex = this.at;
    const match = IDENTIFIER.exec(this.source);
    if (!match) return undefined;
    this.at = IDENTIFIER.lastIndex;
    return match[0];
  }

  /** Skips spaces and comments, and newlines too when `newlines`. */
  private skipBlank(newlines: boolean): void {
    for (;;) {
      SPACE.lastIndex = this.at;
      SPACE.exec(this.source);
      this.at = SPACE.lastIndex;
      const c = this.source[this.at];
      const next = this.source[this.at + 1];
      if (c === '#' || (c === '/' && next === '/')) {
        const end = this.source.indexOf('\n', this.at);
        this.at = end < 0 ? this.source.length : end;
      } else if (c === '/' && next === '*') {
        const end = this.source.indexOf('*/', this.at + 2);
        this.advanceTo(end < 0 ? this.source.length : end + 2);
      } else if (c === '\n' && newlines) {
        this.at++;
        this.line++;
      } else {
        return;
      }
    }
  }

  /** Moves to `end`, counting the newlines passed. */
  private advanceTo(end: number): void {
    for (let i = this.source.indexOf('\n', this.at); i >= 0 && i < end; i = this.source.indexOf('\n', i + 1)) this.line++;
    this.at = end;
  }

  /** Skips an attribute's expression: up to a newline or a closing brace outside brackets (neither consumed). */
  private skipExpression(): void {
    let depth = 0;
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '"') {
        this.skipString();
      } else if (c === '<' && this.source[this.at + 1] === '<' && /^<<-?[A-Za-z_]/.test(this.source.slice(this.at, this.at + 4))) {
        this.skipHeredoc();
      } else if (c === '#' || (c === '/' && (this.source[this.at + 1] === '/' || this.source[this.at + 1] === '*'))) {
        this.skipBlank(depth > 0);
      } else if (c === '\n') {
        if (depth === 0) return;
        this.at++;
        this.line++;
      } else if (c === '(' || c === '[' || c === '{') {
        depth++;
        this.at++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return;
        depth--;
        this.at++;
      } else {
        this.at++;
      }
    }
  }

  /** Skips a quoted template, `${...}` and `%{...}` inside included; returns the index after its closing quote. */
  private skipString(): number {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== '"' && this.source[this.at] !== '\n') {
      const c = this.source[this.at];
      if (c === '\\') {
        this.at += 2;
      } else if ((c === '$' || c === '%') && this.source[this.at + 1] === c && this.source[this.at + 2] === '{') {
        this.at += 3; // `$${` and `%%{` are escapes, not templates
      } else if ((c === '$' || c === '%') && this.source[this.at + 1] === '{') {
        this.at += 2;
        this.skipInterpolation();
      } else {
        this.at++;
      }
    }
    this.at++;
    return this.at;
  }

  /** Skips the inside of `${...}` up to its closing brace (consumed). */
  private skipInterpolation(): void {
    let depth = 0;
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '"') {
        this.skipString();
        continue;
      }
      if (c === '\n') this.line++;
      this.at++;
      if (c === '{') depth++;
      else if (c === '}' && depth-- === 0) return;
    }
  }

  /** Skips `<<EOT` ... `EOT` (or `<<-EOT`, whose closing marker may be indented). */
  private skipHeredoc(): void {
    const marker = /^<<-?([A-Za-z_][\w-]*)/.exec(this.source.slice(this.at, this.at + 100))![1];
    for (let end = this.source.indexOf('\n', this.at); end >= 0; end = this.source.indexOf('\n', end + 1)) {
      this.advanceTo(end + 1);
      const next = this.source.indexOf('\n', end + 1);
      if (this.source.slice(end + 1, next < 0 ? undefined : next).trim() === marker) {
        this.at = next < 0 ? this.source.length : next;
        return;
      }
    }
    this.at = this.source.length;
  }
}
