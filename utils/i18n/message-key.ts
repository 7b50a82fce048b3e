import type english from '../../public/_locales/en/messages.json';

/**
 * The English messages file as TypeScript reads it. It is the one source of every message:
 * the key types below come from it, so a key that is not in the file does not compile.
 */
type Catalog = typeof english;

/** Every key in `public/_locales/en/messages.json`, plural forms included. */
export type CatalogKey = Extract<keyof Catalog, string>;

/** A plural form's suffix: the categories of `Intl.PluralRules` (English needs one and other). */
export type PluralCategory = Intl.LDMLPluralRule;

/** Keys `t()` takes: every message but the plural forms, which only `t.plural` may pick. */
export type MessageKey = Exclude<CatalogKey, `${string}_${PluralCategory}`>;

/** A plural message by its base name: `tagPostCount` for `tagPostCount_one` / `_other`. */
export type PluralKey = CatalogKey extends infer Key
  ? Key extends `${infer Base}_other`
    ? Base
    : never
  : never;

/** The placeholder names of a message (`count` for `$COUNT$`). */
export type PlaceholderName<K extends CatalogKey> = Catalog[K] extends {
  placeholders: infer Placeholders;
}
  ? Extract<keyof Placeholders, string>
  : never;

/** A value for each of the message's placeholders. */
export type MessageParams<K extends CatalogKey, V = string | number> = {
  [Name in PlaceholderName<K>]: V;
};

/** The parameters `t(key, …)` takes: none for a message without placeholders. */
export type ParamsArg<K extends CatalogKey, V = string | number> = [PlaceholderName<K>] extends [
  never,
]
  ? []
  : [params: MessageParams<K, V>];

/** The parameters `t.plural(base, count, …)` takes besides the count. */
export type PluralParamsArg<B extends PluralKey> = [
  Exclude<PlaceholderName<`${B}_other`>, 'count'>,
] extends [never]
  ? []
  : [params: Omit<MessageParams<`${B}_other`>, 'count'>];

/** Keys of messages without placeholders, for tables of keys (`t(TABLE[code])`). */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholderName<K>] extends [never] ? K : never;
}[MessageKey];
