/**
 * How lists search and sort text, in one place. A search ignores case and accents ("ines" finds
 * Inès): both sides go through `search_text()` (lower(unaccent())), the expression the trigram
 * indexes are built on. A list sorts with the ICU root collation, whatever the database's own
 * collation is (C sorts É after Z); the order indexes are built with the same collation.
 */

/** `expression` sorted as people read it: É with E, a with A. */
export function sortedSql(expression: string): string {
  return `${expression} COLLATE "und-x-icu"`;
}

/** Whether `expression` contains the search text bound to `placeholder` (e.g. `$2`). */
export function containsSql(expression: string, placeholder: string): string {
  return `search_text(${expression}) LIKE search_text(${placeholder})`;
}

/** The value to bind for `containsSql`: `%`, `_` and `\` typed by a user stay literal. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
