// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { SourcesDeps } from '@/components/options/options-deps';
import { SourcesPanel } from '@/components/options/sources-panel';
import { parseOpml } from '../../../utils/sources/opml-import';
import { DEFAULT_SOURCES, devTagSource, type Source } from '../../../utils/sources/source';
import { fireEvent, render, screen, waitFor } from './helpers/dom';

function fakeSourcesDeps(
  allow: boolean,
  states: Awaited<ReturnType<SourcesDeps['loadStates']>> = [],
) {
  let stored: Source[] = [...DEFAULT_SOURCES];
  const deps = {
    load: vi.fn(async () => stored),
    save: vi.fn(async (sources: Source[]) => {
      stored = sources;
      return null;
    }),
    onChanged: () => () => {},
    loadStates: vi.fn(async () => states),
    permissions: {
      request: vi.fn(async () => allow),
      contains: vi.fn(async () => false),
      remove: vi.fn(async () => true),
    },
    exportOpml: vi.fn(),
    readFile: vi.fn(async (file: File) => file.text()),
    parseOpml: vi.fn(async (text: string) => parseOpml(text)),
  } satisfies SourcesDeps;
  return { deps, stored: () => stored };
}

const checkbox = (name: string) => screen.findByRole('checkbox', { name });

describe('the Sources section', () => {
  it('lists the curated feeds with their hosts, off, and DEV rust on', async () => {
    const { deps } = fakeSourcesDeps(true);
    render(<SourcesPanel deps={deps} refreshKey={0} />);

    expect(((await checkbox('Follow r/rust (www.reddit.com)')) as HTMLInputElement).checked).toBe(
      false,
    );
    expect(((await checkbox('Follow DEV #rust (dev.to)')) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for the host when a curated feed is switched on, and stores it on', async () => {
    const { deps, stored } = fakeSourcesDeps(true);
    render(<SourcesPanel deps={deps} refreshKey={0} />);

    fireEvent.click(await checkbox('Follow Rust Blog (blog.rust-lang.org)'));

    await waitFor(() => expect(stored().map((source) => source.id)).toContain('curated:rust-blog'));
    expect(deps.permissions.request).toHaveBeenCalledWith(['https://blog.rust-lang.org/*']);
  });

  it('says so and stores nothing when the host is refused', async () => {
    const { deps } = fakeSourcesDeps(false);
    render(<SourcesPanel deps={deps} refreshKey={0} />);

    fireEvent.click(await checkbox('Follow r/rust (www.reddit.com)'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Access to www.reddit.com was not allowed, so r/rust stays off.',
    );
    expect(deps.save).not.toHaveBeenCalled();
  });

  it('adds a DEV tag and refuses one DEV could not have', async () => {
    const { deps, stored } = fakeSourcesDeps(true);
    render(<SourcesPanel deps={deps} refreshKey={0} />);
    const field = await screen.findByLabelText('Add a DEV tag');

    fireEvent.input(field, { target: { value: 'c++' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'DEV tags are letters and digits only, such as tokio or webassembly.',
    );

    fireEvent.input(field, { target: { value: '#Tokio' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(stored()).toEqual([...DEFAULT_SOURCES, devTagSource('tokio')]));
  });

  it('shows a source’s last failure', async () => {
    const { deps } = fakeSourcesDeps(true, [
      {
        url: DEFAULT_SOURCES[0]!.feedUrl,
        lastError: { message: 'DEV did not answer (HTTP 503)' },
        lastAttemptAt: 1,
      },
    ]);
    render(<SourcesPanel deps={deps} refreshKey={0} />);

    expect(await screen.findByText('DEV did not answer (HTTP 503)')).toBeTruthy();
  });

  it('confirms an import of one feed in the singular', async () => {
    const { deps } = fakeSourcesDeps(true);
    render(<SourcesPanel deps={deps} refreshKey={0} />);
    const opml =
      '<opml version="2.0"><body><outline text="Blog" xmlUrl="https://example.org/feed.xml"/></body></opml>';

    fireEvent.change(await screen.findByLabelText('OPML file of feeds'), {
      target: { files: [new File([opml], 'feeds.opml')] },
    });

    expect(await screen.findByText(/^Imported 1 feed\. Feeds on other sites/)).toBeTruthy();
  });

  it('imports nothing from a bad OPML file and says why', async () => {
    const { deps } = fakeSourcesDeps(true);
    render(<SourcesPanel deps={deps} refreshKey={0} />);

    fireEvent.change(await screen.findByLabelText('OPML file of feeds'), {
      target: { files: [new File(['{"feeds": []}'], 'feeds.opml')] },
    });

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing imported: The file is not an OPML list of feeds (it holds JSON, not <opml>).',
    );
    expect(deps.save).not.toHaveBeenCalled();
  });
});
