// Text a person typed, as the app stores it: titles and names are one line; notes may have line breaks and
// tabs. Neither may hold other control characters (NUL, escape codes that repaint a terminal) or the
// Unicode controls that reverse how text is displayed (U+202A–U+202E, U+2066–U+2069), which can make a
// name or a file name read differently from what it is.
import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlsAnywhere = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlsExceptLines = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function isSingleLineSafe(text: string): boolean {
  return !controlsAnywhere.test(text);
}

export function isMultiLineSafe(text: string): boolean {
  return !controlsExceptLines.test(text);
}

/** A title or a name: trimmed, required, at most `max` characters, one line, no direction overrides. */
export function singleLineText(max: number) {
  return z.string().trim().min(1, 'field.required').max(max, 'field.too-long').refine(isSingleLineSafe, 'field.no-controls');
}

/** Optional one-line text (an address, a representative's name): may be empty. */
export function optionalLineText(max: number) {
  return z.string().trim().max(max, 'field.too-long').refine(isSingleLineSafe, 'field.no-controls');
}

/** A note: line breaks and tabs allowed, other controls not. */
export function noteText(max: number) {
  return z.string().max(max, 'field.too-long').refine(isMultiLineSafe, 'field.no-controls');
}
