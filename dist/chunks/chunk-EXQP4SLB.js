import { createRequire as __slipwayCreateRequire } from 'node:module';
const require = __slipwayCreateRequire(import.meta.url);

// src/util/redact.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    !secret || secret.length < 4 || (this.secrets.add(secret), this.secrets.add(encodeURIComponent(secret)), this.secrets.add(Buffer.from(secret).toString("base64")));
  }
  /** A username and password also travel as base64("user:password") in a Basic header. */
  addBasic(username, password) {
    this.add(password), this.add(Buffer.from(`${username}:${password}`).toString("base64"));
  }
  redact(text) {
    let out = redactUrlCredentials(text);
    for (let s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
    return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, "$1 ***").replace(/(authorization["']?\s*[:=]\s*["']?token\s+)[^\s"',}]+/gi, "$1***");
  }
};
function redactSecrets(text, secrets) {
  let redactor = new Redactor();
  for (let s of secrets) redactor.add(s);
  return redactor.redact(text);
}
function redactUrlCredentials(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, "$1***@").replace(/([?&](?:access_token|token|password|signature|sig|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&\s"']+/gi, "$1***");
}

export {
  Redactor,
  redactSecrets
};
