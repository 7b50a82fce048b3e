import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the stand-in dev.to answers for the feed; swap it between polls. */
export type FeedResponder = (request: IncomingMessage, response: ServerResponse) => void;

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface FeedServer {
  port: number;
  /** Every request, in order. */
  requests: RecordedRequest[];
  respondWith(responder: FeedResponder): void;
  close(): Promise<void>;
}

/** A TLS key and certificate in PEM. */
export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

/** A throwaway self-signed certificate for dev.to, made with openssl. */
function makeCertificate(): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'radar-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=dev.to',
      '-addext',
      'subjectAltName=DNS:dev.to',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  try {
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    // The key is only needed in memory; leave nothing behind in /tmp run after run.
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An HTTPS server on 127.0.0.1 standing in for dev.to (Chromium maps dev.to:443 to it).
 * Default answer: 404 until `respondWith` sets one. Default certificate: a self-signed one,
 * which Chromium accepts with `--ignore-certificate-errors`; Firefox needs one issued by a CA
 * its profile trusts (`tests/firefox/local-ca.ts`).
 */
export async function startFeedServer(
  certificate: Certificate = makeCertificate(),
): Promise<FeedServer> {
  let responder: FeedResponder = (_req, res) => res.writeHead(404).end();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(certificate, (req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    responder(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Serves `body` as RSS with an ETag (and `lastModified` as Last-Modified, when given),
 * answering 304 when the client sends the ETag back.
 */
export function rssWithEtag(
  body: string | Buffer,
  etag = '"v1"',
  lastModified?: string,
): FeedResponder {
  const validators = { ETag: etag, ...(lastModified ? { 'Last-Modified': lastModified } : {}) };
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, validators).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ...validators });
    res.end(body);
  };
}

/**
 * Dispatches on the Host header, so one server stands in for several sites (Chromium maps
 * them all to it, see `launchExtension`'s `extraHosts`). Unknown hosts get a 404.
 */
export function byHost(responders: Readonly<Record<string, FeedResponder>>): FeedResponder {
  return (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const responder = responders[host];
    if (responder) responder(req, res);
    else res.writeHead(404).end();
  };
}
