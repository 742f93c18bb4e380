import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/errors/diagnostic.ts
var SlipwayError = class extends Error {
  diagnostics;
  exitCode;
  constructor(diagnostics, exitCode = 1) {
    let list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join(`
`)), this.name = "SlipwayError", this.diagnostics = list, this.exitCode = exitCode;
  }
};
function fail(code, message, extra = {}) {
  throw new SlipwayError({ code, message, ...extra });
}
function usageError(message, hint) {
  return new SlipwayError({ code: "usage", message, ...hint ? { hint } : {} }, 2);
}
function formatLocation(loc) {
  return `${loc.file}:${loc.line}:${loc.col}`;
}
function formatDiagnostic(d) {
  let where = d.location ? `${formatLocation(d.location)}: ` : "", hint = d.hint ? ` (hint: ${d.hint})` : "";
  return `${where}${d.message}${hint}`;
}
function isSlipwayError(e) {
  return e instanceof SlipwayError;
}

export {
  SlipwayError,
  fail,
  usageError,
  formatLocation,
  formatDiagnostic,
  isSlipwayError
};
