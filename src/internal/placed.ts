import {html, type TemplateResult} from 'lit';

/** Where a message puts its value (a private-use character: no message holds one). */
const AT = '\ue000';

/**
 * A message with a rendered value in its place: the value as its own element (a number kept whole,
 * a partner's words marked with their language) inside the message's words, in any language's order.
 * Pass an arrow that calls the message (`(v) => t.call(v)`): a message only ever called is written
 * where it is used by the CDN build (smaller). The message comes first: a caller such as numbered(),
 * `(e,t)=>placed(html\`…\`,t)` once built, would otherwise look like a message function called at once
 * to test/node/flatten-msg-calls.test.mjs.
 */
export const placed = (message: (value: string) => string, value: unknown): TemplateResult => {
  const [before, after] = message(AT).split(AT);
  return html`${before}${value}${after}`;
};
