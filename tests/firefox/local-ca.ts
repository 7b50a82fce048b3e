import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Certificate } from '../harness/feed-server';

export interface LocalCa {
  /** The CA's certificate (PEM), for the profile to trust. */
  caCert: Buffer;
  /** The server's key and certificate for `hosts`, issued by the CA. */
  server: Certificate;
}

/**
 * A throwaway CA and a certificate it issues for `hosts`, made with openssl. Firefox refuses a
 * self-signed server certificate even when trusted (it is its own CA), so the stand-in dev.to
 * gets a leaf of this CA, and the profile trusts the CA (`certutil`, in the launcher).
 */
export function makeLocalCa(hosts: readonly string[] = ['dev.to']): LocalCa {
  const dir = mkdtempSync(join(tmpdir(), 'radar-ca-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  try {
    openssl(
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
      ...['-subj', '/CN=Rust Radar test CA', '-addext', 'basicConstraints=critical,CA:TRUE'],
      ...['-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
      ...['-keyout', file('ca.key'), '-out', file('ca.pem')],
    );
    openssl(
      ...['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${hosts[0]}`],
      ...['-keyout', file('server.key'), '-out', file('server.csr')],
    );
    const names = hosts.map((host) => `DNS:${host}`).join(',');
    writeFileSync(file('server.ext'), `subjectAltName=${names}\nextendedKeyUsage=serverAuth\n`);
    openssl(
      ...['x509', '-req', '-in', file('server.csr'), '-days', '2', '-set_serial', '1'],
      ...['-CA', file('ca.pem'), '-CAkey', file('ca.key'), '-extfile', file('server.ext')],
      ...['-out', file('server.pem')],
    );
    return {
      caCert: readFileSync(file('ca.pem')),
      server: { key: readFileSync(file('server.key')), cert: readFileSync(file('server.pem')) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
