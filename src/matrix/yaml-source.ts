import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node } from 'yaml';
import type { Diagnostic, SourceLocation } from '../errors/diagnostic.js';

export type PathSegment = string | number;

/**
 * A YAML document that remembers where every value came from, so that any later check can point at
 * the file, line and column of what it complains about.
 */
export class YamlSource {
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  private readonly lines: LineCounter;

  constructor(file: string, text: string) {
    this.file = file;
    this.text = text;
    this.lines = new LineCounter();
    this.document = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
  }

  /** Syntax errors and duplicate keys, as diagnostics. */
  syntaxErrors(): Diagnostic[] {
    return this.document.errors.map((e) => {
      const unclosed = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(e.message)?.[1] : undefined;
      if (unclosed) {
        // The parser notices at the end of the file; the mistake is where the string opens.
        const opening = this.text.lastIndexOf(unclosed, e.pos[0] - 1);
        return {
          code: 'yaml-syntax',
          message: `YAML: this ${unclosed === '"' ? 'double' : 'single'}-quoted string is never closed`,
          location: this.at(opening >= 0 ? opening : e.pos[0]),
          hint: `end it with ${unclosed} on the same line`,
        };
      }
      const offset = e.pos[0];
      const duplicate = e.code === 'DUPLICATE_KEY';
      return {
        code: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
        message: duplicate ? `duplicate key: ${this.keyAt(offset) ?? 'a key'} is given twice in the same mapping` : `YAML: ${firstLine(e.message)}`,
        location: this.at(offset),
        ...(duplicate ? { hint: 'YAML keeps only one of them; remove or rename the other' } : {}),
      };
    });
  }

  toJS(): unknown {
    return this.document.toJS({ maxAliasCount: 1000 });
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  /** The node at a path of keys and indexes, or undefined when the path does not exist. */
  node(path: readonly PathSegment[]): Node | undefined {
    let current: unknown = this.document.contents;
    for (const segment of path) {
      if (isMap(current)) {
        const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        current = pair?.value;
      } else if (isSeq(current) && typeof segment === 'number') {
        current = current.items[segment];
      } else {
        return undefined;
      }
    }
    return current as Node | undefined;
  }

  /** Where the key of the last path segment is written (for "unknown key" and "duplicate name" errors). */
  keyLocation(path: readonly PathSegment[]): SourceLocation | undefined {
    const parent = this.node(path.slice(0, -1));
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(last));
      const key = pair?.key;
      if (isScalar(key) && key.range) return this.at(key.range[0]);
    }
    return this.valueLocation(path);
  }

  /** Where the value at a path is written; falls back to the closest existing parent. */
  valueLocation(path: readonly PathSegment[]): SourceLocation | undefined {
    for (let n = path.length; n >= 0; n--) {
      const node = this.node(path.slice(0, n));
      if (node?.range) return this.at(node.range[0]);
    }
    return undefined;
  }

  /** The characters of a scalar exactly as written, e.g. `1.20` where the parsed value is 1.2. */
  sourceText(path: readonly PathSegment[]): string | undefined {
    const node = this.node(path);
    if (!isScalar(node) || !node.range) return undefined;
    return this.text.slice(node.range[0], node.range[1]).trim();
  }

  private keyAt(offset: number): string | undefined {
    const match = /^[^\s:#]+/.exec(this.text.slice(offset));
    return match ? `"${match[0].replace(/^["']|["']$/g, '')}"` : undefined;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
