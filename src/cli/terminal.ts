import { formatDiagnostic, formatLocation, type Diagnostic } from '../errors/diagnostic.js';

export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org) or --no-color is given. */
export function wantsColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, flag: boolean): boolean {
  return flag && Boolean(stream.isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}

const paint = (code: number, s: string) => `\u001b[${code}m${s}\u001b[0m`;

export function renderDiagnostic(d: Diagnostic, color: boolean): string {
  if (!color) return formatDiagnostic(d);
  const where = d.location ? `${paint(1, formatLocation(d.location))}: ` : '';
  const hint = d.hint ? ` ${paint(36, `(hint: ${d.hint})`)}` : '';
  return `${where}${paint(31, d.message)}${hint}`;
}
