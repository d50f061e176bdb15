import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  url: string;
  /** Requests seen per SDK action (`database.getDocument`, ...) since the last `counts.clear()`. */
  counts: Map<string, number>;
  /** All requests seen since the last `counts.clear()`: the database round trips. */
  total(): number;
  server: http.Server;
}

/**
 * A loopback proxy in front of the local cloud that counts the SDK's requests by action, so a benchmark or
 * a test can tell how many database round trips a piece of work makes without touching the SDK.
 */
export async function countingProxy(target: string): Promise<CountingProxy> {
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const action = /"action":"([^"]+)"/.exec(body.toString('utf8'))?.[1] ?? '?';
      counts.set(action, (counts.get(action) ?? 0) + 1);
      const up = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 500, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      up.end(body);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    server,
  };
}
