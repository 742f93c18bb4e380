import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type https from 'node:https';
import type { Readable } from 'node:stream';

export interface TransportOptions {
  /** Extra certificate authorities (PEM) to trust. */
  ca?: string | Buffer;
  rejectUnauthorized: boolean;
  /** How long a connection may stay silent (waiting for the answer, or between body bytes) before it is dropped. */
  timeoutMs: number;
  /** Connections per origin at most; idle ones are kept open for the next request. */
  connections: number;
}

export interface TransportRequest {
  method: string;
  headers?: Record<string, string>;
  /** A Buffer, or a stream whose length must match the content-length header when one is given. */
  body?: Buffer | Readable;
}

/** An answer whose body is read at most once: streamed, read as text or JSON, or dumped. */
export class TransportResponse {
  constructor(private readonly message: IncomingMessage) {
    // A body left unread when its connection dies must not bring the process down; whoever reads it sees the error.
    message.on('error', () => {});
  }

  get statusCode(): number {
    return this.message.statusCode ?? 0;
  }

  get headers(): IncomingHttpHeaders {
    return this.message.headers;
  }

  /** The body as a stream (it fails with ECONNRESET when the connection dies before its end). */
  get body(): IncomingMessage {
    return this.message;
  }

  async text(): Promise<string> {
    const parts: Buffer[] = [];
    for await (const chunk of this.message) parts.push(chunk as Buffer);
    return Buffer.concat(parts).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  /**
   * Reads a small body away so that the connection goes back to the pool; a big one is not worth waiting for, and
   * its connection is closed instead.
   */
  dump(limit = 128 * 1024): Promise<void> {
    const m = this.message;
    // Even a complete body must be read to its end: only then does the connection go back to the pool.
    if (m.readableEnded || m.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      let seen = 0;
      m.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > limit) m.destroy();
      });
      m.once('end', resolve);
      m.once('close', resolve);
      m.once('error', () => resolve());
      m.resume();
    });
  }
}

/**
 * HTTP/1.1 requests over keep-alive connections with Node's own http and https modules. A registry command is short
 * and mostly waits on small answers: Node's built-in client is ready at once, where a bundled client adds a megabyte
 * of code to load before the first request.
 */
export class HttpTransport {
  private readonly httpAgent: http.Agent;
  private tls?: Promise<{ https: typeof https; agent: https.Agent }>;
  private readonly timeoutMs: number;
  private readonly options: TransportOptions;

  constructor(options: TransportOptions) {
    this.options = options;
    this.timeoutMs = options.timeoutMs;
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  }

  /** TLS is loaded on the first https request: a registry on this machine often speaks plain HTTP only. */
  private secure(): Promise<{ https: typeof https; agent: https.Agent }> {
    this.tls ??= import('node:https').then(({ default: https }) => ({
      https,
      agent: new https.Agent({ keepAlive: true, maxSockets: this.options.connections, rejectUnauthorized: this.options.rejectUnauthorized, ...(this.options.ca ? { ca: this.options.ca } : {}) }),
    }));
    return this.tls;
  }

  async request(url: URL, o: TransportRequest): Promise<TransportResponse> {
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:') throw new Error(`${url.protocol} is not an HTTP URL`);
    const tls = secure ? await this.secure() : undefined;
    return new Promise<TransportResponse>((resolve, reject) => {
      const options = { method: o.method, headers: o.headers ?? {}, timeout: this.timeoutMs };
      const answered = (res: http.IncomingMessage) => resolve(new TransportResponse(res));
      const req = tls ? tls.https.request(url, { ...options, agent: tls.agent }, answered) : http.request(url, { ...options, agent: this.httpAgent }, answered);
      req.once('timeout', () => req.destroy(Object.assign(new Error(`no answer from ${url.host} for ${this.timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      // After the answer has come, a failing body (a source that breaks) only ends the request: nothing to reject.
      req.on('error', reject);
      const body = o.body;
      if (body === undefined) req.end();
      else if (Buffer.isBuffer(body)) req.end(body);
      else sendStream(req, body, o.headers?.['content-length']);
    });
  }

  /** Closes every connection, idle or not: nothing is in flight when a command is done with a registry. */
  async close(): Promise<void> {
    this.httpAgent.destroy();
    if (this.tls) (await this.tls).agent.destroy();
  }
}

/** Streams a body with backpressure; a source that gives more or fewer bytes than announced fails the request. */
function sendStream(req: http.ClientRequest, body: Readable, contentLength: string | undefined): void {
  const expected = contentLength === undefined ? undefined : Number(contentLength);
  let sent = 0;
  const fail = (error: Error) => {
    body.destroy();
    req.destroy(error);
  };
  const mismatch = () => Object.assign(new Error(`the body had ${sent} bytes where content-length announced ${expected}`), { code: 'ERR_BODY_LENGTH_MISMATCH' });
  body.on('data', (chunk: Buffer) => {
    sent += chunk.length;
    if (expected !== undefined && sent > expected) return fail(mismatch());
    if (!req.write(chunk)) {
      body.pause();
      req.once('drain', () => body.resume());
    }
  });
  body.once('end', () => {
    if (expected !== undefined && sent !== expected) return fail(mismatch());
    req.end();
  });
  body.once('error', (error) => fail(error));
  // The connection died: stop reading the source.
  req.once('close', () => {
    if (!body.readableEnded) body.destroy();
  });
}
