import {css} from 'lit';
import {shared} from '../../styles/shared.js';
import {panels} from '../../styles/panels.js';

export const styles = [
  shared,
  panels,
  css`
    .notice {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.75em;
    }
    /* (A header has no margin of its own: it takes the paragraphs' rule.) */
    .channels,
    header,
    p {
      margin-block: 0 calc(var(--_space) * 0.5);
    }
    /* The heading by its id (the one element with part=heading; nothing else here sets these properties). */
    #heading {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.25;
      margin-block-end: 0.25em;
    }
    .detail,
    .scope,
    .source {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .dot {
      inline-size: 0.75em;
      border-radius: 50%;
      border: 2px solid var(--_muted);
      flex: none;
      block-size: 0.75em;
    }
    .subheading {
      margin-block: calc(var(--_space) * 0.5) 0.25em;
      font-weight: 700;
    }
    .subheading .scope {
      display: block;
      font-weight: 400;
    }
    .hours {
      font-weight: 600;
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .open .dot {
      background: var(--_ok);
      border-color: var(--_ok);
    }
    .card {
      max-inline-size: 40em;
    }
    /* The channels' items (the card's only list) with it: an item takes none of the list's own
       settings it did not have (list-style is inherited from the list, and an item has no padding). */
    .channels,
    li {
      list-style: none;
      padding: 0;
      display: flex;
      /* flex-flow: wrap (here and in .picker) is flex-wrap: wrap, as no rule sets these boxes' direction:
         with the ticker's, it gzips smaller. */
      flex-flow: wrap;
      gap: 0.5em;
    }
    /* Links in the text; a .button link keeps the button's colour (.button outweighs a). */
    a {
      color: inherit;
    }
    /* A number (line-view.ts): it wraps as a whole before it wraps inside. An inline block takes no
       underline from its link unless it inherits one (a button's wrapper has none to give). */
    .number {
      display: inline-block;
      text-decoration: inherit;
    }
    .emergency {
      border-block-start: 1px solid var(--_border);
      margin-block-start: calc(var(--_space) * 0.5);
      padding-block-start: calc(var(--_space) * 0.5);
    }
    details {
      margin-block: calc(var(--_space) * 0.5);
    }
    summary {
      cursor: pointer;
      min-block-size: max(1.5em, 24px); /* WCAG 2.2's minimum target (1.5em of 14 px text, the floor, is 21 px) */
      font-weight: 600;
    }
    .other {
      border-block-start: 1px solid var(--_border);
      margin-block-start: 0.5em;
    }
    .picker {
      display: flex;
      flex-flow: wrap;
      align-items: center;
      gap: 0.5em;
      margin-block-start: calc(var(--_space) * 0.5);
    }
    /* Nothing to pick or copy on paper. (Right after the .picker rule it overrides: smaller than at the end;
       Copy named first: the selector order that gzips smallest.) */
    @media print {
      [part='copy-button'],
      .picker {
        display: none;
      }
    }
    select {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      /* font, color and contain before the padding and sizes: the order that gzips smallest (font does not set color). */
      font: inherit;
      color: inherit;
      /* WebKit lets a long country name run past the box and widen the page (large text on a phone). */
      contain: paint;
      padding-inline: 0.5em;
      min-block-size: 2.75em;
      max-inline-size: 100%;
    }
    .call {
      flex-basis: 100%;
    }
    @media (forced-colors: active) {
      .notice {
        border-inline-start-color: CanvasText;
      }
      .open .dot {
        forced-color-adjust: none;
        background: CanvasText;
        border-color: CanvasText;
      }
    }
  `,
];
