/**
 * Text for a terminal: characters that a terminal acts on or that reorder what a reader sees, shown as
 * `\uXXXX` escapes. Input reaches reports (a file name, a received value, a key, a parse error's snippet,
 * a name in a summary); none of it may move the cursor, retitle the window or flip a line right to left.
 *
 * @module
 */

// C0 controls (but the newline, kept by `forTerminal`), DEL and C1 controls (ESC, BEL, CSI...), the Arabic
// letter mark, LRM and RLM, line and paragraph separators, bidi embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g // eslint-disable-line no-control-regex
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g // eslint-disable-line no-control-regex

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * One line of text with every control and bidi-control character escaped, newlines included. Also for JSON
 * from `JSON.stringify`: the characters it leaves raw can only occur inside strings, where the escape stands
 * for the same character, so the value read back is unchanged.
 */
export const forTerminalLine = (text: string): string => text.replace(UNSAFE, escape)

/** Lines of text with every control and bidi-control character escaped but the newlines between them. */
export const forTerminal = (text: string): string => text.replace(UNSAFE_BUT_NEWLINE, escape)

