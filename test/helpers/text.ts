import fc from 'fast-check';

/**
 * Text for property tests as partners' pages, feeds and frameworks can carry it. fast-check's own
 * strings are printable ASCII only; these mix in any code point, whole graphemes (emoji, right-to-left
 * letters, combining marks) and the characters that break text handling: bidi overrides and
 * isolates, zero-width characters, lone surrogates, controls, the line separator and a BOM.
 */
const HAZARDS = ['\u202e', '\u202d', '\u2066', '\u2069', '\u200e', '\u200b', '\u200d', '\u00a0', '\ufeff', '\ud800', '\udfff', '\u0000', '\u0007', '\u2028', '\u0627', '\u05d0', '\u{1f600}', '\u0301', '\ufffd'];
const hazard = fc.oneof(fc.constantFrom(...HAZARDS), fc.string({minLength: 1, maxLength: 1}));

type Length = {minLength?: number; maxLength?: number};

/** Any text: ASCII, any code point, graphemes, or ASCII laced with the hazards above. */
export const anyText = (c: Length = {}): fc.Arbitrary<string> =>
  fc.oneof(fc.string(c), fc.string({...c, unit: 'binary'}), fc.string({...c, unit: 'grapheme'}), fc.string({...c, unit: hazard}));

/** Printable text only (what a well-formed XML or HTML text run can hold): ASCII or graphemes. */
export const printableText = (c: Length = {}): fc.Arbitrary<string> => fc.oneof(fc.string(c), fc.string({...c, unit: 'grapheme'}));

/** JSON text and JSON values whose strings are any text, as above. */
const unit = fc.oneof(fc.string({minLength: 1, maxLength: 1}), fc.string({minLength: 1, maxLength: 1, unit: 'binary'}), hazard);
export const anyJson = (): fc.Arbitrary<string> => fc.oneof(fc.json(), fc.json({stringUnit: unit}));
export const anyJsonValue = (): fc.Arbitrary<unknown> => fc.oneof(fc.jsonValue(), fc.jsonValue({stringUnit: unit}));
