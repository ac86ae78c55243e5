/**
 * Escaping for HTML: every text from a graph is untrusted input, written into the page only through these.
 *
 * @module
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text safe in an element's content and in a quoted attribute value. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!)

/**
 * JSON safe inside `<script type="application/json">`: no `<` at all (so no `</script` or `<!--` can end or
 * bend the element), and U+2028 / U+2029 written escaped, as older JavaScript parsers end a line at them.
 * `JSON.parse` of the element's text gives the value back.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** An element: `tag`, its attributes (escaped; undefined ones left out) and its content, already HTML. */
export const element = (tag: string, attributes: Readonly<Record<string, string | number | undefined>>, content = ''): string => {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('')
  return `<${tag}${attrs}>${content}</${tag}>`
}
