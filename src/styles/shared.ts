import {css} from 'lit';

/**
 * Shared tokens, what every widget's host is (a block), and the button-like control every widget
 * uses. One sheet: each widget's styles start with it. Public hooks are `--signpost-*`;
 * components read the private `--_*` copies.
 * Colours use light-dark(), so a widget follows the host's `color-scheme` (light, dark or both).
 * The font is never set: it is inherited from the host page.
 * The declarations of a rule are in the order that gzips smallest with the code around them (no two in a
 * rule set the same property (but :focus-visible's outline and outline-color, in that order), and `outline`
 * leaves `outline-offset` alone, so their order changes nothing;
 * measured 2026-12-02: −8 B on signpost.js, −4 to −10 B on the others).
 */
export const shared = css`
  :host {
    display: block;
    --_radius: var(--signpost-radius, 0.5em);
    /* The text's floor (below) on the host too: a partner's reserve (min-height in em) then holds
       the widget on a page whose text is smaller than 14 px. */
    font-size: max(1em, 14px);
    --_accent: var(--signpost-accent, light-dark(#0b57a4, #8ab4f8));
    /* Mixed with 0% of the accent, so that an accent the browser cannot read (a typo such as #0b57a)
       takes the filled buttons' words with their fill: they are drawn in the text's colour, not white
       on the white surface (below, engines without light-dark() keep the plain colour). */
    --_on-accent: color-mix(in srgb, var(--signpost-accent-contrast, light-dark(#ffffff, #0b1b2b)), var(--_accent) 0%);
    --_surface: var(--signpost-surface, light-dark(#ffffff, #1f2328));
    --_text: var(--signpost-text, light-dark(#1f2328, #e6edf3));
    /* At most 5vw: with large text on a narrow screen, room for the words rather than the margins. */
    --_space: var(--signpost-space, min(1em, 5vw));
    --_ok: var(--signpost-open, light-dark(#1a7f37, #3fb950));
    --_border: var(--signpost-border, light-dark(#8c959f, #6e7681));
    --_muted: var(--signpost-muted, light-dark(#57606a, #9ea7b3));
    box-sizing: border-box;
  }
  /* The host too: its display above would beat the browser's own [hidden] rule, so a partner's
     hidden attribute did nothing (!important: against a page's rule on the element, and the sticky
     quick exit's display). */
  [hidden],
  :host([hidden]) {
    display: none !important;
  }
  /* Engines without light-dark() (Chrome before 123, Firefox before 120, Safari before 17.5) find
     every colour above invalid: buttons without a background, no focus ring, no borders. They get
     the light colours (what a page without a dark color-scheme gets everywhere), but for --_ok, left
     out for bytes: the open-now dot and the quiz's correct-answer border take the text colour
     (their words say it). The test's two colours could be any: they are the muted ones, which
     gzip finds just above. */
  @supports not (color: light-dark(#57606a, #9ea7b3)) {
    :host {
      --_muted: var(--signpost-muted, #57606a);
      --_on-accent: var(--signpost-accent-contrast, #ffffff);
      --_border: var(--signpost-border, #8c959f);
      --_accent: var(--signpost-accent, #0b57a4);
      --_surface: var(--signpost-surface, #ffffff);
      --_tint: var(--_surface); /* the banner's background: no accent tint */
      --_text: var(--signpost-text, #1f2328);
    }
  }
  /* Not inherit: a details element's children inherit from its UA slot (content-box), and a host
     page's * { all: unset } gives the host content-box too (a one-line button 20px taller). */
  *,
  ::after,
  ::before {
    box-sizing: border-box;
  }
  /* Inherit the host's size, but never below a legible floor: a host page may set
     html { font-size: 62.5% }, or * { all: unset }, which beats any :host rule (so the text's
     colour is set here too, not on the host: a dark page's light text must not land on our surface).
     (= rather than ~=: each widget's base element has the part "base" alone, written in its template;
     measured 2026-12-07: −6 B on signpost.js, −3 B the quiz's, −6 B the card's.) */
  [part='base'] {
    /* A word, number or address longer than the line (large text on a phone) breaks, not the layout.
       (overflow-wrap: anywhere, but WebKit applies this form inside the isolates around numbers in RTL.) */
    word-break: break-word;
    color: var(--_text);
    font-size: max(1em, 14px);
    /* A "gradient text" theme's -webkit-text-fill-color: transparent (inherited, and drawn instead of
       color) around a widget would draw its text, the quick exit's label too, in nothing. */
    -webkit-text-fill-color: currentcolor;
    line-height: 1.45;
    text-align: start;
    /* A page's nav bar (nowrap) or rich-text body (pre-line, pre-wrap) must not reach the text: one line
       running out of the box, or the template's own line breaks shown as blank lines. */
    white-space: normal;
  }
  /* A button-like control (a link or a button), shared by the widgets. */
  .button {
    display: inline-flex;
    align-items: center;
    min-inline-size: 2.75em;
    justify-content: center;
    cursor: pointer;
    min-block-size: 2.75em;
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    /* The colour apart: an accent the browser cannot read then loses only it, the border drawn in the
       words' colour (a shorthand that named it was lost whole: the call button bare words). */
    border: 2px solid;
    border-color: var(--_accent);
    font: inherit;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    background: none;
  }
  /* Paper is white: a dark page's light colours printed faint (2.8:1 in Chromium). */
  @media print {
    [part='base'] {
      color-scheme: light;
    }
  }
  /* For text read but not shown; only on a div or span, which have no padding or border to take away.
     Not selectable, so that a reader who selects and copies a widget's text gets what it shows, not a
     status region's digits spelled out for screen readers (the prefixed form: the three engines read it,
     and WebKit reads no other; second in the rule: the place that gzips smallest). */
  .visually-hidden {
    position: absolute;
    -webkit-user-select: none;
    inline-size: 1px;
    margin: -1px;
    clip-path: inset(50%);
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  /* The colour apart, after the shorthand: an accent the browser cannot read (a typo, light-dark() in an
     older engine) then loses only the colour, the ring drawn in the text's, not the whole outline. */
  :focus-visible {
    outline-offset: 2px;
    outline: 3px solid;
    outline-color: var(--_accent);
  }
  @media (forced-colors: active) {
    .button {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    a.button {
      color: LinkText;
      border-color: LinkText;
    }
  }
`;
