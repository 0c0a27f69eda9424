import {css} from 'lit';
import {shared} from '../../styles/shared.js';

export const styles = [
  shared,
  css`
    /* No surface of its own: its text (the explanation) takes the page's colour inline, the bar's when sticky. */
    :host {
      /* Mixed with 0% of the words' colour: one the browser cannot read (a typo) takes the fill with it, so
         the words (below) are the page's text colour on the page, not black on the red (3.2:1). */
      --_exit-bg: color-mix(in srgb, var(--signpost-quick-exit-background, light-dark(#b3261e, #ffb4ab)), var(--signpost-quick-exit-color, #fff) 0%);
      /* Mixed with 0% of the button's colour: one the browser cannot read (a typo) takes the words'
         colour with the fill, so they are the page's text colour, not white on a white page. */
      --_exit-fg: color-mix(in srgb, var(--signpost-quick-exit-color, light-dark(#ffffff, #410002)), var(--_exit-bg) 0%);
    }
    /* The bar paints its whole box (a reserved min-height must not leave a clear strip that takes
       clicks), and never more than half the viewport (400% zoom, the explanation open): it scrolls. */
    /* !important: a host page's rule on the element (even * { all: unset }) beats any :host rule,
       and a safety bar the partner asked for must stay in view and opaque (a block: an inline host
       paints its background only behind its line, not under the buttons and the explanation). */
    :host([placement='sticky']) {
      /* (Declarations of different properties, none a shorthand of another: the order that gzips smallest.) */
      position: sticky !important;
      inset-block-start: var(--signpost-quick-exit-top, 0) !important;
      color: var(--signpost-quick-exit-bar-color, CanvasText) !important;
      background: var(--signpost-quick-exit-bar, Canvas) !important;
      z-index: 2147483647 !important;
      display: block !important;
      scroll-padding: 5px; /* a control scrolled into the bar keeps its focus ring (3 px, 2 px out) in it */
      max-block-size: 50vh;
      overflow: auto;
    }
    .base {
      color: inherit;
      display: flex;
      align-items: start;
      flex-flow: row-reverse wrap;
      gap: 0.25em 1em;
    }
    :host([placement='sticky']) .base {
      padding: 0.4em 0.5em; /* room for the focus ring inside the bar's scroll box */
    }
    /* The bar scrolled inside (its explanation open on a landscape phone, or at 400 % zoom: taller than
       50vh) keeps its button in view, on the bar's own background, with room above for its focus ring. */
    :host([placement='sticky']) .actions {
      position: sticky;
      z-index: 1;
      background: var(--signpost-quick-exit-bar, Canvas);
      padding-block-start: 0.4em;
      inset-block-start: 0;
      margin-block-start: -0.4em;
    }
    summary {
      cursor: pointer;
      min-block-size: 24px; /* WCAG 2.2's minimum target (1.5em of this 0.9em text was 22px) */
      text-align: end;
    }
    .actions {
      display: flex;
      gap: 0.25em;
      flex-flow: column;
      align-items: end;
    }
    /* (.exit.button: the same as .button.exit, in the order that gzips smallest.) */
    .exit.button {
      background: var(--_exit-bg);
      color: var(--_exit-fg);
      /* Forced colours take it away themselves (box-shadow is forced to none: CSS Color Adjustment 1, 3.1). */
      box-shadow: 0 2px light-dark(#55120e, #000);
      padding-inline: 1.25em;
      font-weight: 700;
      /* A finger held on it: no link preview on iOS, nor a text selection (either cancels the touch), so
         lifting it is a tap and leaves (the controller). */
      -webkit-touch-callout: none;
      /* The fill's colour, so it looks the same; if the browser cannot read it, the text's colour: a
         border around the words (between the two: the order that gzips smallest). */
      border-color: var(--_exit-bg);
      -webkit-user-select: none;
      /* A page that turns pointer events off around a modal (Radix UI sets pointer-events: none on the
         body) must not make the way out unclickable. */
      pointer-events: auto;
    }
    /* The dots: the indicator's only elements (no rule here or in the shared sheet sets these properties on them). */
    .indicator * {
      inline-size: 0.6em;
      border-radius: 50%;
      border: 2px solid var(--_exit-bg);
      block-size: 0.6em;
    }
    .indicator {
      display: flex;
      gap: 0.25em;
    }
    /* Beside the button, not across the page from it (at most 40em of text; its summary at the button's side). */
    details {
      max-inline-size: 40em;
      font-size: 0.9em;
      /* 0.3em: with the 24px summary below, the sticky bar still fits the README's 6.7em reserve */
      padding-block-start: 0.3em;
      flex: 1 14em;
    }
    /* Links in the text; a .button link keeps the button's colour (.button outweighs a). */
    a {
      color: inherit;
    }
    /* The lit dots by their class (only they have it; nothing else here sets their background). */
    .on {
      background: var(--_exit-bg);
    }
    @media (forced-colors: active) {
      .on {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .indicator * {
        border-color: CanvasText;
      }
    }
    /* hidden, and on paper, it is gone: the sticky bar's display above would keep it (the shared sheet's
       :host([hidden]) has the same specificity and comes first). */
    :host([hidden]) {
      display: none !important;
    }
    /* The same test as the shared sheet's (whose colours gzip finds above). */
    @supports not (color: light-dark(#57606a, #9ea7b3)) {
      :host {
        --_exit-bg: var(--signpost-quick-exit-background, #b3261e);
        --_exit-fg: var(--signpost-quick-exit-color, #ffffff);
      }
    }
    @media (max-width: 40em) {
      /* The button above the explanation, and held there (above): what is focused inside lands below it. */
      :host([placement='sticky']) {
        scroll-padding-block-start: calc(3.2em + 24px);
      }
      :host([placement='sticky']) .actions {
        flex: 1 100%;
        align-items: stretch;
      }
      :host([placement='sticky']) .indicator {
        justify-content: end;
      }
    }
    @media print {
      :host,
      :host([placement]) {
        display: none !important;
      }
    }
  `,
];
