/**
 * .helmignore, with Helm's semantics (which are not .gitignore's): one glob per line in Go's filepath.Match syntax
 * (`*` and `?` stop at `/`, `[^...]` negates a class, `**` is refused); a pattern with no slash matches the last path
 * element, one with a slash matches the whole path, a leading slash anchors it to the chart root, a trailing slash
 * matches directories only. Rules are read in order and the first match decides. A `!pattern` rule ignores every
 * path that does NOT match it (so `!x` alone keeps only x), exactly as Helm evaluates it. Dotfiles under templates/
 * are always ignored.
 */
export interface IgnoreRule {
  raw: string;
  negate: boolean;
  mustDir: boolean;
  whole: boolean;
  regex: RegExp;
}

export class HelmIgnoreError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export const DEFAULT_RULES = ['templates/.?*'];

export class HelmIgnore {
  constructor(readonly rules: IgnoreRule[]) {}

  static parse(text: string, withDefaults = true): HelmIgnore {
    const rules: IgnoreRule[] = [];
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      const rule = parseRule(line, i + 1);
      if (rule) rules.push(rule);
    });
    if (withDefaults) for (const d of DEFAULT_RULES) rules.push(parseRule(d, 0)!);
    return new HelmIgnore(rules);
  }

  /** `path` is relative to the chart root, with `/` separators. */
  ignores(path: string, isDir: boolean): boolean {
    if (path === '' || path === '.' || path === './') return false;
    for (const r of this.rules) {
      const subject = r.whole ? path : baseName(path);
      if (r.negate) {
        if (r.mustDir && !isDir) return true;
        if (!r.regex.test(subject)) return true;
        continue;
      }
      if (r.mustDir && !isDir) continue;
      if (r.regex.test(subject)) return true;
    }
    return false;
  }
}

function parseRule(line: string, lineNo: number): IgnoreRule | undefined {
  let rule = line.trim();
  if (rule === '' || rule.startsWith('#')) return undefined;
  if (rule.includes('**')) throw new HelmIgnoreError('double-star (**) syntax is not supported', lineNo);
  const raw = rule;
  // The whole line must be a valid glob, the "!" included, as Helm checks it before reading the negation.
  globToRegex(rule, lineNo);
  let negate = false;
  if (rule.startsWith('!')) {
    negate = true;
    rule = rule.slice(1);
  }
  let mustDir = false;
  if (rule.endsWith('/')) {
    mustDir = true;
    rule = rule.slice(0, -1);
  }
  let whole = rule.includes('/');
  if (rule.startsWith('/')) {
    whole = true;
    rule = rule.slice(1);
  }
  return { raw, negate, mustDir, whole, regex: globToRegex(rule, lineNo) };
}

/** Go's path.Base: trailing slashes dropped, then the last element. */
function baseName(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

const escapeRe = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** Go's filepath.Match syntax as an anchored regular expression; a malformed pattern is an error, as in Go. */
export function globToRegex(pattern: string, lineNo = 0): RegExp {
  const bad = () => new HelmIgnoreError(`syntax error in pattern "${pattern}"`, lineNo);
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      if (i >= pattern.length) throw bad();
      re += escapeRe(pattern[i]!);
    } else if (c === '[') {
      i++;
      let negated = false;
      if (pattern[i] === '^') {
        negated = true;
        i++;
      }
      let cls = '';
      let first = true;
      for (;;) {
        if (i >= pattern.length) throw bad();
        if (pattern[i] === ']' && !first) break;
        first = false;
        const lo = classChar(pattern, i, bad);
        i = lo.next;
        if (pattern[i] === '-') {
          const hi = classChar(pattern, i + 1, bad);
          if (hi.ch < lo.ch) throw bad();
          cls += `${escapeRe(lo.ch)}-${escapeRe(hi.ch)}`;
          i = hi.next;
        } else cls += escapeRe(lo.ch);
      }
      re += negated ? `[^/${cls}]` : `(?!/)[${cls}]`;
    } else re += escapeRe(c);
  }
  return new RegExp(`${re}$`);
}

function classChar(pattern: string, i: number, bad: () => Error): { ch: string; next: number } {
  let ch = pattern[i];
  if (ch === undefined || ch === '-' || ch === ']') throw bad();
  if (ch === '\\') {
    i++;
    ch = pattern[i];
    if (ch === undefined) throw bad();
  }
  return { ch, next: i + 1 };
}
