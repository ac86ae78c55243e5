/**
 * Pieces every converter from an outside format (ninjs, PLOVER, Popolo) needs: JSON pointers for the paths
 * of losses, a value's JSON type for issues, and slugs for the ids it derives.
 */

/** A path as an RFC 6901 JSON pointer (`/bodies/0/value`; the empty path is `''`). */
export const jsonPointer = (path: ReadonlyArray<string | number>): string =>
  path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')

/** The JSON type of a value, as an issue's `received` names it: `an array`, `null`, or `typeof`. */
export const jsonTypeOf = (value: unknown): string => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value)

/** Lower-case letters and digits, runs of anything else as one hyphen, none at either end. */
export const slugOf = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
