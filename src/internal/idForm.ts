/**
 * How an id is written (the `Id` codec): stated once, for the codec and for its JSON Schema.
 */

/** The whole of an id: a letter or digit, then letters, digits and `. _ : # / -`. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:#/-]*$/

/** The longest id, in characters. */
export const MAX_ID_LENGTH = 200
