/**
 * Where keys are written in a JSON or YAML text, for reports that point at a line. Indexed once per file: a template
 * of ten thousand resources is looked up ten thousand times.
 */
export class KeyLines {
  private readonly lines = new Map<string, number[]>();

  constructor(text: string) {
    // A key that begins a line: "key": (pretty-printed JSON) or key: / 'key': (YAML block style).
    const keyAtStart = /^\s*(?:-\s+)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s:'"{}[\],#&*!|>%@`-][^:#]*?))\s*:(?:\s|$)/;
    text.split('\n').forEach((line, i) => {
      const match = keyAtStart.exec(line);
      if (!match) return;
      const key = match[1] ?? match[2] ?? match[3];
      const found = this.lines.get(key);
      if (found) found.push(i + 1);
      else this.lines.set(key, [i + 1]);
    });
  }

  /** The first line at or after `fromLine` on which `key` begins a line as a key; undefined when there is none. */
  public lineOf(key: string, fromLine = 1): number | undefined {
    return this.lines.get(key)?.find(line => line >= fromLine);
  }
}
