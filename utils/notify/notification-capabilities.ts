import type { NotificationCapabilities } from './plan-notifications';

/**
 * What the browser's notifications can show. Firefox has neither list templates nor action
 * buttons (MDN: notifications.NotificationOptions); Chromium has both.
 */
export function notificationCapabilities(isFirefox: boolean): NotificationCapabilities {
  return isFirefox ? { list: false, buttons: false } : { list: true, buttons: true };
}
