import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** The bytes of a file under tests/fixtures/, exactly as stored (no decoding). */
export function readFixtureBytes(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(relativePath, FIXTURES))));
}

/** A UTF-8 fixture as text, for tests that edit a real feed. */
export function readFixtureText(relativePath: string): string {
  return new TextDecoder().decode(readFixtureBytes(relativePath));
}

/** Bytes of a string as UTF-8, for inline feeds. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
