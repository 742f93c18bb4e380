/**
 * A failure is a value: a code a program can match, a sentence a person can read, where it happened
 * and what to do about it. Faces (CLI, Action) decide how to show it; the core never prints.
 */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

export interface Diagnostic {
  code: string;
  message: string;
  location?: SourceLocation;
  hint?: string;
}

/** 1 = the input is at fault, 2 = the command line is at fault. */
export type ExitCode = 1 | 2;

export class SlipwayError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: ExitCode;

  constructor(diagnostics: Diagnostic | Diagnostic[], exitCode: ExitCode = 1) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'SlipwayError';
    this.diagnostics = list;
    this.exitCode = exitCode;
  }
}

export function fail(code: string, message: string, extra: Omit<Diagnostic, 'code' | 'message'> = {}): never {
  throw new SlipwayError({ code, message, ...extra });
}

export function usageError(message: string, hint?: string): SlipwayError {
  return new SlipwayError({ code: 'usage', message, ...(hint ? { hint } : {}) }, 2);
}

export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/** One line per diagnostic: `file:line:col: message (hint: ...)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${formatLocation(d.location)}: ` : '';
  const hint = d.hint ? ` (hint: ${d.hint})` : '';
  return `${where}${d.message}${hint}`;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Diagnostic[] };

export function isSlipwayError(e: unknown): e is SlipwayError {
  return e instanceof SlipwayError;
}
