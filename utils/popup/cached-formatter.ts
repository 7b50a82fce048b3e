const formatters = new Map<string, unknown>();

/**
 * The formatter `create` builds, built once per `key` for the page's life. Building an Intl
 * formatter costs far more than using one (a DateTimeFormat about 0.3 ms in Chromium), and
 * every post in the list asks for two per render.
 * @param key names the kind, locale and options, e.g. "relative en-GB narrow".
 */
export function cachedFormatter<F>(key: string, create: () => F): F {
  let format = formatters.get(key) as F | undefined;
  if (!format) formatters.set(key, (format = create()));
  return format;
}
