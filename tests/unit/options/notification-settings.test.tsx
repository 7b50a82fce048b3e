// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { NotificationSettings } from '@/components/options/notification-settings';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { fireEvent, render, screen } from './helpers/dom';

function renderSettings(overrides: Partial<typeof DEFAULT_SETTINGS> = {}) {
  const onChange = vi.fn();
  render(
    <NotificationSettings settings={{ ...DEFAULT_SETTINGS, ...overrides }} onChange={onChange} />,
  );
  return onChange;
}
const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;

describe('NotificationSettings', () => {
  it('turns notifications off', () => {
    const onChange = renderSettings();
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Show a notification when new posts arrive' }),
    );
    expect(onChange).toHaveBeenCalledWith({ notificationsEnabled: false });
  });

  it('switches quiet hours on and sets their times', () => {
    const onChange = renderSettings({
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
    });
    fireEvent.change(field('From'), { target: { value: '23:30' } });
    expect(onChange).toHaveBeenCalledWith({
      quietHours: { enabled: true, start: '23:30', end: '07:00' },
    });
    fireEvent.change(field('until'), { target: { value: '06:15' } });
    expect(onChange).toHaveBeenCalledWith({
      quietHours: { enabled: true, start: '22:00', end: '06:15' },
    });
  });

  it('ignores a half-typed time', () => {
    const onChange = renderSettings({
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
    });
    fireEvent.change(field('From'), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('disables the times while quiet hours are off', () => {
    const onChange = renderSettings();
    expect(field('From').disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Quiet hours/ }));
    expect(onChange).toHaveBeenCalledWith({
      quietHours: { ...DEFAULT_SETTINGS.quietHours, enabled: true },
    });
  });

  it('sets the grouping threshold', () => {
    const onChange = renderSettings();
    fireEvent.change(screen.getByRole('spinbutton', { name: /Combine into one notification/ }), {
      target: { value: '6' },
    });
    expect(onChange).toHaveBeenCalledWith({ groupThreshold: 6 });
  });

  it('disables the details while notifications are off', () => {
    renderSettings({ notificationsEnabled: false });
    expect(
      screen.getByRole('group', { name: 'Notification details' }).hasAttribute('disabled'),
    ).toBe(true);
  });
});
