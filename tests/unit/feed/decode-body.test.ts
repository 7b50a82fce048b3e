import { describe, expect, it } from 'vitest';
import { decodeBody, headerCharset } from '../../../utils/feed/decode-body';
import { corpusFeedBytes, itWithCorpus } from '../../harness/shared-corpus';
import { utf8 } from './read-fixture';

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodeBody', () => {
  itWithCorpus('reads Golem as ISO-8859-1 from its XML declaration, umlauts intact', () => {
    const text = decodeBody(corpusFeedBytes('golem-iso-8859-1.rss.xml'));
    expect(text).toContain('Wochenrückblick: Wilder Westen');
    expect(text).toContain('Porträt für 432.500');
    expect(text).not.toContain('\ufffd');
  });

  itWithCorpus('reads the oren.ru feed as windows-1251 Cyrillic', () => {
    const text = decodeBody(corpusFeedBytes('oren-windows-1251-default-ns.rss.xml'));
    expect(text).toContain('Новости Оренбурга и области');
  });

  itWithCorpus('reads a UTF-16 label on UTF-8 bytes without a BOM as UTF-8', () => {
    const bytes = corpusFeedBytes('eliotjones-utf16-declared.rss.xml');
    const text = decodeBody(bytes);
    expect(text.startsWith('<?xml version="1.0" encoding="utf-16"?>')).toBe(true);
    expect(text).toContain('Piscina Corporación Deportiva');
  });

  itWithCorpus('strips a UTF-8 byte-order mark (markheath)', () => {
    const bytes = corpusFeedBytes('markheath-bom-crlf.rss.xml');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decodeBody(bytes).startsWith('<')).toBe(true);
  });

  it('lets the BOM win over a contradicting header or declaration', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>'),
    ]);
    expect(decodeBody(bytes, 'text/xml; charset=windows-1251')).toContain('<a>é</a>');
  });

  it.each([
    ['UTF-16LE', [0xff, 0xfe], (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0])],
    ['UTF-16BE', [0xfe, 0xff], (text: string) => [...text].flatMap((c) => [0, c.charCodeAt(0)])],
  ])('decodes %s with a BOM', (_name, bom, encode) => {
    const bytes = new Uint8Array([...bom, ...encode('<rss>é</rss>')]);
    expect(decodeBody(bytes)).toBe('<rss>é</rss>');
  });

  it('decodes real UTF-16 without a BOM when the bytes show it', () => {
    const declaration = '<?xml version="1.0" encoding="utf-16"?><a/>';
    const bytes = new Uint8Array([...declaration].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeBody(bytes, 'application/xml; charset=utf-16')).toBe(declaration);
  });

  it('prefers the Content-Type charset over the declaration', () => {
    const bytes = latin1('<?xml version="1.0" encoding="utf-8"?><a>caf\u00e9</a>');
    expect(decodeBody(bytes, 'application/rss+xml; charset="ISO-8859-1"')).toContain('café');
  });

  itWithCorpus('falls back to windows-1252 for undeclared bytes that are not UTF-8 (UOL)', () => {
    const text = decodeBody(corpusFeedBytes('uol-noticias-latin1-no-decl.rss.xml'));
    expect(text).toContain('simulações de 2º turno');
  });

  it('keeps declared UTF-8 as UTF-8 even when some bytes are invalid', () => {
    const bytes = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="UTF-8"?><a>'),
      0xe9,
      ...utf8('</a>'),
    ]);
    expect(decodeBody(bytes)).toContain('<a>\ufffd</a>');
  });

  it.each([['x-made-up'], ['utf-99'], ['']])(
    'falls back to UTF-8 for the unknown label %j',
    (label) => {
      const bytes = utf8(`<?xml version="1.0" encoding="${label}"?><a>é</a>`);
      expect(decodeBody(bytes, `text/xml; charset=${label}`)).toContain('<a>é</a>');
    },
  );
});

describe('headerCharset', () => {
  it.each([
    ['application/rss+xml; charset=UTF-8', 'UTF-8'],
    ['text/xml;charset="windows-1251"', 'windows-1251'],
    ["text/xml; CHARSET='iso-8859-1'; foo=bar", 'iso-8859-1'],
    ['application/atom+xml', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (contentType, charset) => {
    expect(headerCharset(contentType)).toBe(charset);
  });
});
