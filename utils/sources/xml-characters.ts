/**
 * Characters an XML 1.0 document cannot carry, not even as character references: C0 controls
 * other than tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates (half of
 * an emoji cut in two). Titles drop them on the way in, the OPML export on the way out.
 */
export const NON_XML_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
