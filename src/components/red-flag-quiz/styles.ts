import {css} from 'lit';
import {shared} from '../../styles/shared.js';
import {panels} from '../../styles/panels.js';

export const styles = [
  shared,
  panels,
  css`
    /* The rules in the order that gzips smallest: no two set one property of one element, but .option's
       border and .right's or .wrong's (after it), and .right's and forced colours' (last). The
       declarations of fieldset and .option input (none a shorthand of another) in that order too. */
    .title {
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.25;
      margin-block-end: 0.5em;
    }
    .option {
      cursor: pointer;
      display: flex;
      align-items: start;
      gap: min(0.6em, 3vw);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em min(0.6em, 3vw);
      margin-block-end: 0.5em;
    }
    .option input {
      inline-size: 1.25em;
      margin: 0.1em 0 0;
      flex: none;
      block-size: 1.25em;
      accent-color: var(--_accent);
      font: inherit; /* a form control's own font would not grow with the page's text */
    }
    legend {
      font-size: 1.05em;
      font-weight: 600;
      padding: 0;
      margin-block-end: 0.5em;
    }
    .muted {
      color: var(--_muted);
      font-size: 0.9em;
    }
    fieldset {
      min-inline-size: 0;
      border: 0;
      padding: 0;
      margin: 0 0 var(--_space);
    }
    /* .right and .wrong are on the answers alone (.option): bytes, where .option.right was written */
    .right {
      border-color: var(--_ok);
      border-width: 2px;
    }
    .wrong {
      border-style: dashed;
      border-width: 2px;
    }
    .feedback {
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.75em;
      margin-block-end: var(--_space);
    }
    .verdict {
      font-weight: 700;
    }
    p {
      margin-block: 0 calc(var(--_space) * 0.75);
    }
    .verdict:focus {
      outline-offset: 4px;
    }
    .mark {
      font-weight: 600;
    }
    ul {
      padding-inline-start: 1.25em;
    }
    li {
      margin-block-end: 0.35em;
    }
    .quiz {
      max-inline-size: 44em;
    }
    a {
      color: inherit;
    }
    signpost-hotline-card {
      margin-block: var(--_space);
    }
    @media (forced-colors: active) {
      .right {
        border-color: Highlight;
      }
    }
  `,
];
