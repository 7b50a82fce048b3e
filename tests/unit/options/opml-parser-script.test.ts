import { describe, expect, it } from 'vitest';
import {
  createOpmlParserLoader,
  OPML_PARSER_GLOBAL,
  OPML_PARSER_SCRIPT,
} from '../../../utils/options/opml-parser-script';

/** A document whose scripts "load" (or fail) as soon as they are added. */
function fakeDocument(global: Record<string, unknown>, outcome: 'load' | 'error' = 'load') {
  const added: { src: string }[] = [];
  const document = {
    createElement: () => ({ src: '', onload: null, onerror: null }),
    head: {
      append(script: { src: string; onload: () => void; onerror: () => void }) {
        added.push(script);
        queueMicrotask(() => {
          if (outcome === 'error') return script.onerror();
          global[OPML_PARSER_GLOBAL] = (text: string) => ({ ok: true, sources: [], text });
          script.onload();
        });
      },
    },
  };
  return { document: document as unknown as Document, added };
}

describe('the OPML importer script', () => {
  it('is added to the page on first use only, and answers every call', async () => {
    const global: Record<string, unknown> = {};
    const { document, added } = fakeDocument(global);
    const load = createOpmlParserLoader(document, global);

    expect(added).toEqual([]);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toBe(first);
    expect(added.map((script) => script.src)).toEqual([OPML_PARSER_SCRIPT]);
  });

  it('rejects when the script fails, and tries again next time', async () => {
    const global: Record<string, unknown> = {};
    const failing = fakeDocument(global, 'error');
    const load = createOpmlParserLoader(failing.document, global);

    await expect(load()).rejects.toThrow(/did not load/);
    await expect(load()).rejects.toThrow(/did not load/);
    expect(failing.added).toHaveLength(2);
  });
});
