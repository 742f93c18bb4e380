/**
 * The string `code`s of an error and of its causes, outermost first. Node's and undici's network errors put the
 * socket's code (ECONNRESET, a certificate failure) on a cause a level or two down; the walk is bounded so that a
 * cycle of causes cannot hold it.
 */
export function causeCodes(error: unknown, depth = 5): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, level = 0; e && level < depth; e = (e as { cause?: unknown }).cause, level++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}
