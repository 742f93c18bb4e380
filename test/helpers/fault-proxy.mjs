// A reverse proxy between a registry client and a registry, for tests and benchmarks: it counts the blob bytes it
// forwards (what an upload really costs) and injects the failures a real registry produces (5xx, 429 with
// Retry-After, a connection reset in the middle of an upload or before an answer, a slow answer), each for a given number of times.
import http from 'node:http';

const isBlobUpload = (method, url) => (method === 'PATCH' || method === 'PUT' || method === 'POST') && url.includes('/blobs/uploads/');

export async function startFaultProxy(target) {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const stats = { blobBytes: 0, requests: 0, injected: 0, connections: 0 };
  const faults = [];
  const log = [];

  const take = (req) => {
    const i = faults.findIndex((f) => (!f.method || f.method === req.method) && (!f.path || f.path.test(req.url)) && (f.times ?? 1) > 0);
    if (i < 0) return undefined;
    const f = faults[i];
    f.times = (f.times ?? 1) - 1;
    stats.injected++;
    return f;
  };

  const server = http.createServer(async (req, res) => {
    stats.requests++;
    log.push(`${req.method} ${req.url}`);
    const fault = take(req);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.reset) {
      // The connection dies before any answer: the client cannot know whether the request took effect.
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) });
        res.end(fault.body ?? JSON.stringify({ errors: [{ code: 'INJECTED', message: `injected ${fault.status}` }] }));
      });
      return;
    }
    const counting = isBlobUpload(req.method, req.url);
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers, agent },
      (up) => {
        if (fault?.dropAnswer) {
          // The registry did the work; its answer is lost on the way back.
          up.resume();
          req.socket.destroy();
          return;
        }
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    let forwarded = 0;
    req.on('data', (chunk) => {
      if (fault?.resetAfterBytes !== undefined && forwarded + chunk.length > fault.resetAfterBytes) {
        // Part of the body has reached the registry, then the connection dies: what a flaky network does.
        out.destroy();
        req.socket.destroy();
        return;
      }
      forwarded += chunk.length;
      if (counting) stats.blobBytes += chunk.length;
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    });
    req.on('end', () => out.end());
    req.on('error', () => out.destroy());
  });
  server.on('connection', () => stats.connections++);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    stats,
    faults,
    log,
    /** Adds a fault: { method?, path?: RegExp, times?, status?, headers?, body?, delayMs?, reset?, dropAnswer?, resetAfterBytes? }. */
    inject(fault) {
      faults.push({ times: 1, ...fault });
    },
    reset() {
      stats.blobBytes = 0;
      stats.requests = 0;
      stats.injected = 0;
      stats.connections = 0;
      faults.length = 0;
      log.length = 0;
    },
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
