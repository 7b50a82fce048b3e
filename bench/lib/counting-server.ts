import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import {
  startFeedServer,
  type FeedResponder,
  type FeedServer,
} from '../../tests/harness/feed-server';

/** Bytes that crossed the feed server's connections. */
export interface ByteCount {
  /** HTTP/1.1 as the browser sent it: request line + headers. */
  request: number;
  /** HTTP/1.1 as the server sent it: status line + headers + body. */
  response: number;
  /** Both directions on the wire: the above inside TLS records, plus any handshake. */
  wire: number;
}

export interface CountingFeedServer extends FeedServer {
  /** Bytes so far over every connection the server has seen. */
  bytes(): ByteCount;
  /** Closes every open connection, so the next request needs a new one (handshake included). */
  dropConnections(): void;
}

/**
 * The browser tests' HTTPS stand-in for dev.to, counting bytes per connection. A TLS socket
 * counts plaintext bytes; the TCP socket under it (Node's `_parent`) counts what went on the
 * wire. Sockets are kept after they close, so a delta over a poll includes everything.
 */
export async function startCountingFeedServer(): Promise<CountingFeedServer> {
  const server = await startFeedServer();
  const sockets = new Set<TLSSocket>();
  let responder: FeedResponder = (_req, res) => res.writeHead(404).end();
  server.respondWith((req, res) => {
    sockets.add(req.socket as TLSSocket);
    responder(req, res);
  });
  const tcp = (socket: TLSSocket) => (socket as TLSSocket & { _parent?: Socket | null })._parent;
  return {
    ...server,
    respondWith(next) {
      responder = next;
    },
    bytes() {
      const count: ByteCount = { request: 0, response: 0, wire: 0 };
      for (const socket of sockets) {
        count.request += socket.bytesRead;
        count.response += socket.bytesWritten;
        const raw = tcp(socket);
        count.wire += raw ? raw.bytesRead + raw.bytesWritten : Number.NaN;
      }
      return count;
    },
    dropConnections() {
      for (const socket of sockets) if (!socket.destroyed) socket.destroy();
    },
  };
}

export function bytesSince(before: ByteCount, after: ByteCount): ByteCount {
  return {
    request: after.request - before.request,
    response: after.response - before.response,
    wire: after.wire - before.wire,
  };
}
