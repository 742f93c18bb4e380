import type { Diagnostic } from '../errors/diagnostic.js';

/**
 * What a command hands back to a face: the data (for --json and Action outputs), the text a person reads, the
 * markdown for a job summary, and whether it succeeded. Faces render; commands never print.
 */
export interface Outcome<T = unknown> {
  data: T;
  text: string;
  markdown?: string;
  /** Action outputs by name; values are strings, JSON where structured. */
  outputs?: Record<string, string>;
  /** 0: done; 1: the input was fine to read but the answer is "no" (conflicts, mismatches). */
  exitCode: 0 | 1;
  /** Findings that explain a "no", shown one per line (and as annotations in the Action). */
  findings?: Diagnostic[];
}

export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}
