import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ConnectProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy that tunnels `dev.to:443` (and any other host in `hosts`) to the local feed
 * server and refuses everything else: Firefox's stand-in for Chromium's
 * `--host-resolver-rules`. The feed server keeps its own port (parallel runs need no port 443
 * and no root), and Firefox's own background traffic never leaves the machine.
 */
export async function startConnectProxy(
  feedPort: number,
  hosts: readonly string[] = ['dev.to'],
): Promise<ConnectProxy> {
  const mapped = new Set(hosts.map((host) => `${host}:443`));
  // Tunnels are no longer HTTP connections: the server does not close them for us.
  const tunnels = new Set<Duplex>();
  // Plain http:// requests: nothing of ours uses them.
  const server = createServer((_req, res) => res.writeHead(502).end());
  server.on('connect', (req, client, head) => {
    if (!mapped.has(req.url ?? '')) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(feedPort, '127.0.0.1', () => {
      tunnels.add(client).add(upstream);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
