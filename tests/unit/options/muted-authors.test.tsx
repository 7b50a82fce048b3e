// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { MutedAuthors } from '@/components/options/muted-authors';
import { countAuthors } from '../../../utils/options/author-counts';
import { fireEvent, render, screen, within } from './helpers/dom';
import { DEV_FIXTURE_POSTS } from './helpers/dev-fixture-posts';

const AUTHORS = countAuthors(DEV_FIXTURE_POSTS);

describe('MutedAuthors', () => {
  it('lists muted authors by display name with their username, each with Unmute', () => {
    const onUnmute = vi.fn();
    render(
      <MutedAuthors
        muted={{ hiyoyok: 'hiyoyo', servbay: 'ServBay' }}
        authors={AUTHORS}
        onMute={() => null}
        onUnmute={onUnmute}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Muted authors' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.firstElementChild?.textContent)).toEqual([
      'hiyoyo @hiyoyok',
      'ServBay @servbay',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Unmute ServBay' }));
    expect(onUnmute).toHaveBeenCalledWith('servbay');
  });

  it('suggests authors of stored posts who are not muted yet', () => {
    render(
      <MutedAuthors
        muted={{ hiyoyok: 'hiyoyo' }}
        authors={AUTHORS}
        onMute={() => null}
        onUnmute={() => {}}
      />,
    );
    const field = screen.getByRole('combobox', { name: /Mute an author/ });
    const options = [
      ...document.getElementById(field.getAttribute('list')!)!.querySelectorAll('option'),
    ];
    expect(options).toHaveLength(10);
    expect(options.map((option) => option.value)).not.toContain('hiyoyok');
    expect(options.find((option) => option.value === 'servbay')?.textContent).toBe(
      'ServBay · 1 post',
    );
  });

  it('says when nobody is muted', () => {
    render(<MutedAuthors muted={{}} authors={[]} onMute={() => null} onUnmute={() => {}} />);
    expect(screen.getByText('No muted authors.')).toBeTruthy();
  });
});
