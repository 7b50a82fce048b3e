// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { makePost } from './fake-source';
import { renderPopup } from './render-popup';

const HOSTILE =
  '<p onclick="window.__pwned=1">Intro <a href="/t/rust">tag</a> <a href="javascript:window.__pwned=1">evil</a></p>' +
  '<img src="/cover.png" alt="cover"><img src="https://tracker.example/p.gif">' +
  '<script>window.__pwned=1</script><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' +
  '<form action="https://evil.example"><input name="q"></form><style>body{display:none}</style>';

describe('Post preview', () => {
  it('loads the sanitizer only when a preview is first expanded', async () => {
    const { loadSanitizer } = renderPopup({ posts: [makePost(0), makePost(1)] });
    await screen.findAllByRole('listitem');
    expect(loadSanitizer).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('button', { name: 'Preview' })[0]!);
    expect(await screen.findByText('Summary 0')).toBeTruthy();
    expect(loadSanitizer).toHaveBeenCalled();
  });

  it('shows the summary sanitized, links absolute and in a new tab, images held back', async () => {
    renderPopup({
      posts: [makePost(0, { summaryHtml: HOSTILE, url: 'https://dev.to/jane/post-1' })],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
    const region = await screen.findByRole('region');
    await within(region).findByText(/Intro/);
    expect(region.querySelector('script, iframe, form, input, style, [onclick]')).toBeNull();
    // The javascript: link keeps its text but loses its href (so it is no longer a link role).
    const links = Array.from(region.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://dev.to/t/rust', null]);
    expect(
      links.every(
        (a) =>
          a.getAttribute('rel') === 'noopener noreferrer' && a.getAttribute('target') === '_blank',
      ),
    ).toBe(true);
    expect(region.querySelectorAll('img')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    fireEvent.click(within(region).getByRole('button', { name: 'Load 2 images' }));
    await waitFor(() => expect(region.querySelectorAll('img')).toHaveLength(2));
    expect(
      Array.from(region.querySelectorAll('img')).map((img) => img.getAttribute('src')),
    ).toEqual(['https://dev.to/cover.png', 'https://tracker.example/p.gif']);
    expect(within(region).queryByRole('button', { name: /Load/ })).toBeNull();
  });

  it('says so when a post has no summary', async () => {
    renderPopup({ posts: [makePost(0, { summaryHtml: '<script>x()</script>' })] });
    fireEvent.click(await screen.findByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('This post has no summary.')).toBeTruthy();
  });
});
