import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { FeedResponder } from '../harness/feed-server';

// Misbehaving stand-ins for dev.to, one per failure a real server (or what sits between it and
// the user: a captive portal, a proxy, a flaky network) can produce.

/** Destroys the connection as soon as the request arrives (ERR_CONNECTION_RESET / EMPTY_RESPONSE). */
export const resetConnection: FeedResponder = (request) => {
  request.socket.destroy();
};

/** Answers `status` with `headers` and a short body. */
export function httpStatus(status: number, headers: Record<string, string> = {}): FeedResponder {
  return (_request, response) => {
    response.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
    response.end(`status ${status}`);
  };
}

/** Sends every request back to the same URL: Chromium gives up after 20 redirects. */
export const redirectLoop: FeedResponder = (request, response) => {
  response.writeHead(302, { Location: `https://dev.to${request.url ?? '/'}` }).end();
};

/** Answers 200 with `body` as it is, labelled `contentType` (no Content-Type when null). */
export function serveBody(body: string | Buffer, contentType: string | null): FeedResponder {
  return (_request, response) => {
    response.writeHead(200, contentType === null ? {} : { 'Content-Type': contentType });
    response.end(body);
  };
}

/** What the server saw of a large body it tried to send. */
export interface SendStats {
  /** Bytes the socket accepted (written with backpressure, so never far ahead of the client). */
  written: number;
  /** True once all of the body was sent. */
  finished: boolean;
  /** Settles when the response ends, finished or cut off by the client. */
  done: Promise<void>;
}

/**
 * Streams a `totalBytes` body of a syntactically plausible RSS document in 64 KiB chunks,
 * writing the next chunk only once the socket drained the previous one, and counts what it
 * got rid of before the client hung up.
 * @param declareLength send Content-Length (the client can refuse without reading), or stream
 *   it chunked so the client has to count.
 */
export function hugeFeed(
  totalBytes: number,
  declareLength: boolean,
): { responder: FeedResponder; stats: SendStats } {
  let settle: () => void = () => {};
  const stats: SendStats = {
    written: 0,
    finished: false,
    done: new Promise<void>((resolve) => (settle = resolve)),
  };
  const head = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>');
  const filler = Buffer.alloc(64 * 1024, '<!-- filler -->\n');

  const responder: FeedResponder = (_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/rss+xml',
      ...(declareLength ? { 'Content-Length': String(totalBytes) } : {}),
    });
    void pump(response).finally(settle);
  };

  async function pump(response: ServerResponse) {
    let closed = false;
    response.on('close', () => (closed = true));
    let left = totalBytes;
    let chunk: Buffer = head;
    while (left > 0 && !closed) {
      const piece = chunk.subarray(0, Math.min(chunk.length, left));
      const drained = response.write(piece);
      stats.written += piece.length;
      left -= piece.length;
      chunk = filler;
      if (!drained && !closed)
        await Promise.race([once(response, 'drain'), once(response, 'close')]);
    }
    if (!closed) {
      response.end();
      stats.finished = true;
      await once(response, 'close');
    }
  }

  return { responder, stats };
}

/** A 200 whose gzip-encoded body is small on the wire but `totalBytes` once decompressed. */
export function gzipBomb(totalBytes: number): FeedResponder {
  const compressed = gzipSync(Buffer.alloc(totalBytes, ' '));
  return (_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/rss+xml',
      'Content-Encoding': 'gzip',
      'Content-Length': String(compressed.length),
    });
    response.end(compressed);
  };
}

/**
 * Holds every request without answering until the test decides: answer it late, drop the
 * connection, or keep it hanging. Lets a test stop the worker while the server "thinks".
 */
export interface HeldRequests {
  responder: FeedResponder;
  /** Requests waiting for an answer. */
  readonly waiting: number;
  /** Resolves once at least `count` requests have arrived in total. */
  arrived(count?: number): Promise<void>;
  /** Answers every waiting request with `responder` (their sockets may be gone by then). */
  answer(responder: FeedResponder): void;
  /** Destroys the connection of every waiting request. */
  drop(): void;
}

/**
 * @param head optional first part of a 200 answer, sent at once: the request then hangs in
 *   the middle of the body instead of before the headers.
 */
export function holdRequests(head?: { contentType: string; body: string | Buffer }): HeldRequests {
  const waiting: { request: IncomingMessage; response: ServerResponse }[] = [];
  let total = 0;
  const listeners: (() => void)[] = [];
  return {
    responder(request, response) {
      total++;
      if (head) {
        response.writeHead(200, { 'Content-Type': head.contentType });
        response.write(head.body);
      }
      waiting.push({ request, response });
      for (const listener of listeners.splice(0)) listener();
    },
    get waiting() {
      return waiting.length;
    },
    async arrived(count = 1) {
      while (total < count) await new Promise<void>((resolve) => listeners.push(resolve));
    },
    answer(responder) {
      for (const { request, response } of waiting.splice(0)) {
        if (!response.destroyed && !response.headersSent) responder(request, response);
        else response.destroy();
      }
    },
    drop() {
      for (const { request } of waiting.splice(0)) request.socket.destroy();
    },
  };
}
