import {css} from 'lit';
import {shared} from '../../styles/shared.js';

export const styles = [
  shared,
  css`
    /* The story drops below the buttons when less than 12em would be left beside them. */
    .ticker {
      display: flex;
      /* flex-flow: wrap (here, in .steps and in .item) is flex-wrap: wrap, as no rule sets these boxes'
         direction: with the card's, it gzips smaller. */
      flex-flow: wrap;
      align-items: center;
      gap: 0.5em;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em;
    }
    /* List mode: only the ticker's section has the class (so for .copy, .paused and .still: the track). */
    .list {
      align-items: start;
    }
    /* Buttons may shrink (and their words wrap) when one alone is wider than the row. */
    .button {
      padding: 0.25em 0.75em;
      min-block-size: 2.5em;
    }
    /* Previous and next stay side by side when the row wraps, unless the column is narrower than both. */
    .steps {
      display: flex;
      flex-flow: wrap;
      gap: 0.5em;
    }
    a {
      color: var(--_accent);
      font-weight: 600;
    }
    /* Room inside the clip for a link's focus ring (3px + 2px offset), kept when a link is scrolled into view. */
    .viewport {
      padding: 5px;
      scroll-padding: 5px;
      margin: -5px;
      overflow: hidden;
      min-inline-size: 0;
      flex: 1 12em;
    }
    /* A scrolling strip is as wide as all its stories, twice: as a table cell's, a grid item's or a centred
       flex item's content it made the ticker, and the page, that wide (not rotate: it would narrow). */
    .scroll .viewport {
      contain: inline-size;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .item {
      display: flex;
      flex-flow: wrap;
      align-items: baseline;
      gap: 0 0.6em;
    }
    /* Scroll (the only mode with a track): the stories in a row, with room between them. (No display
       here: as items of the flex .copy list they are flex items, and .item makes each a flex box.) */
    .copy .item {
      padding-inline-end: 2.5em;
    }
    /* Rotate: every story in one grid cell, so the height is the tallest story's and never jumps. */
    .slides {
      display: grid;
    }
    .slides > .item {
      grid-area: 1 / 1;
    }
    .slides > .item[hidden] {
      /* (Visibility first: the order that gzips smallest.) */
      visibility: hidden;
      display: flex !important;
    }
    .list .item+.item {
      margin-block-start: 0.4em;
    }
    time,
    .source {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .note {
      font-size: 0.85em;
      font-weight: 600;
    }
    .empty {
      color: var(--_muted);
      margin: 0;
    }
    /* Scroll: two copies side by side, moved by a CSS transform only (no per-frame script). The
       keyframes are l (to the left) and r (to the right, right to left): names in a shadow root are
       looked up there first, so a page's own @keyframes of the same name never reaches them. */
    .track {
      /* --_d: the loop's duration, which the script sets on the track from its width and speed. */
      animation: l var(--_d, 60s) linear infinite;
      inline-size: max-content;
      display: flex;
      will-change: transform;
    }
    .copy {
      display: flex;
      white-space: nowrap;
    }
    .paused {
      animation-play-state: paused;
    }
    .still {
      animation: none;
    }
    @keyframes l {
      to {
        transform: translate(-50%);
      }
    }
    @keyframes r {
      to {
        transform: translate(50%);
      }
    }
    [dir='rtl'] .track {
      animation-name: r;
    }
    /* Paper: every story, one under another, and no buttons (a rotating ticker printed the story in view,
       a scrolling one its strip cut at both edges). */
    @media print {
      .slides,
      .copy {
        display: block;
        white-space: normal;
      }
      /* (After the rule above, which would show the second scroll copy; .steps: no gap left for it.) */
      .button,
      .steps,
      [aria-hidden] {
        display: none;
      }
      .item+.item {
        margin-block-start: 0.4em;
      }
      .slides > .item[hidden] {
        visibility: visible;
      }
      .track {
        animation: none;
        inline-size: auto;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .track {
        animation: none;
      }
    }
  `,
];
