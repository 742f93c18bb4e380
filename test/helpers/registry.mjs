// Starts the CNCF distribution registry (Debian package docker-registry) on 127.0.0.1 for a test or a benchmark:
// plain HTTP, TLS with a self-signed certificate, htpasswd basic auth, or bearer tokens from a local token endpoint.
// Plain JavaScript so that bench/*.mjs can use it as well as the vitest suites.
import { spawn, spawnSync } from 'node:child_process';
import { createSign, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REGISTRY_BIN = '/usr/bin/docker-registry';

function requireCommand(command, debianPackage) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0 || !found.stdout.trim()) throw new Error(`${command} is not installed: run scripts/setup.sh, or apt-get install ${debianPackage}`);
  return found.stdout.trim();
}

/** A port the OS says is free right now; the registry cannot bind port 0 itself, so a rare race is retried by the caller. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate (and its key) for 127.0.0.1, made with openssl. */
export function makeCertificate(dir, commonName = '127.0.0.1') {
  requireCommand('openssl', 'openssl');
  const cert = path.join(dir, `${commonName}.crt`);
  const key = path.join(dir, `${commonName}.key`);
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-subj', `/CN=${commonName}`, '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { cert, key };
}

function htpasswdFile(dir, users) {
  requireCommand('htpasswd', 'apache2-utils');
  const file = path.join(dir, 'htpasswd');
  const lines = Object.entries(users).map(([user, password]) => {
    const r = spawnSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`htpasswd failed: ${r.stderr}`);
    return r.stdout.trim();
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const b64url = (data) => Buffer.from(data).toString('base64url');

/**
 * A token endpoint as GHCR and Docker Hub run one: it checks Basic credentials and issues a JWT for the requested
 * repository scopes, signed with a key whose certificate the registry trusts (auth.token.rootcertbundle).
 */
export async function startTokenServer({ users = {}, service = 'slipway-test-registry', issuer = 'slipway-test-issuer', anonymousPull = false } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-token-'));
  const { cert, key } = makeCertificate(dir, 'token-signer');
  const privateKey = readFileSync(key, 'utf8');
  const der = readFileSync(cert, 'utf8').replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const issued = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const auth = req.headers.authorization ?? '';
    let user;
    if (auth.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
      if (users[name] !== undefined && users[name] === rest.join(':')) user = name;
      else {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
        return;
      }
    }
    const access = url.searchParams.getAll('scope').flatMap((scope) => {
      const m = /^repository:([^:]+):(.+)$/.exec(scope);
      if (!m) return [];
      const wanted = m[2].split(',');
      const actions = user ? wanted : anonymousPull ? wanted.filter((a) => a === 'pull') : [];
      return actions.length ? [{ type: 'repository', name: m[1], actions }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5c: [der] };
    const claims = { iss: issuer, sub: user ?? '', aud: url.searchParams.get('service') ?? service, exp: now + 300, nbf: now - 10, iat: now, jti: randomBytes(8).toString('hex'), access };
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(signingInput).sign(privateKey).toString('base64url');
    const token = `${signingInput}.${signature}`;
    issued.push({ user, access });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, access_token: token, expires_in: 300 }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const realm = `http://127.0.0.1:${server.address().port}/token`;
  return {
    realm,
    service,
    issuer,
    certFile: cert,
    issued,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitReady(url, child, ca) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    const ok = await new Promise((resolve) => {
      const mod = url.startsWith('https') ? https : http;
      const req = mod.get(`${url}/v2/`, { rejectUnauthorized: false, ...(ca ? { ca } : {}) }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.setTimeout(1000, () => req.destroy());
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Starts a registry with its storage in a fresh temporary directory. Options: `tls: true`, `htpasswd: { user: pass }`,
 * `token: <what startTokenServer returned>`. Returns its host (127.0.0.1:PORT), url, CA certificate (with TLS) and stop().
 */
export async function startRegistry({ tls = false, htpasswd, token } = {}) {
  requireCommand(REGISTRY_BIN, 'docker-registry');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slipway-registry-'));
  const certs = tls ? makeCertificate(dir) : undefined;
  const auth = htpasswd
    ? `auth:\n  htpasswd:\n    realm: slipway-test\n    path: ${htpasswdFile(dir, htpasswd)}\n`
    : token
      ? `auth:\n  token:\n    realm: ${token.realm}\n    service: ${token.service}\n    issuer: ${token.issuer}\n    rootcertbundle: ${token.certFile}\n`
      : '';
  for (let attempt = 1; attempt <= 5; attempt++) {
    const port = await freePort();
    const config = path.join(dir, 'config.yml');
    writeFileSync(
      config,
      [
        'version: 0.1',
        'log:',
        '  level: error',
        '  accesslog:',
        '    disabled: true',
        'storage:',
        '  filesystem:',
        `    rootdirectory: ${path.join(dir, 'data')}`,
        '  delete:',
        '    enabled: true',
        'http:',
        `  addr: 127.0.0.1:${port}`,
        `  secret: ${randomBytes(16).toString('hex')}`,
        ...(certs ? ['  tls:', `    certificate: ${certs.cert}`, `    key: ${certs.key}`] : []),
        '',
      ].join('\n') + auth,
    );
    const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    const url = `${certs ? 'https' : 'http'}://127.0.0.1:${port}`;
    if (await waitReady(url, child, certs ? readFileSync(certs.cert) : undefined)) {
      return {
        host: `127.0.0.1:${port}`,
        port,
        url,
        dir,
        ca: certs ? readFileSync(certs.cert, 'utf8') : undefined,
        caFile: certs?.cert,
        logs: () => stderr,
        async stop() {
          if (child.exitCode === null) {
            const exited = new Promise((r) => child.once('exit', r));
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    if (child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    if (!/address already in use/i.test(stderr) || attempt === 5) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`docker-registry did not start: ${stderr.slice(-2000)}`);
    }
  }
  throw new Error('docker-registry did not start');
}
