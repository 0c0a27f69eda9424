import {css} from 'lit';
import {shared} from '../../styles/shared.js';
import {panels} from '../../styles/panels.js';

export const styles = [
  shared,
  panels,
  // The rules and their declarations are in the order that gzips smallest (.banner first: the CDN build
  // finds this text by how it starts, scripts/css-last.mjs), and no two rules that set one property
  // changed places. The note, its paragraph, the image and the close icon are each the only one here:
  // their rules name them by class or element alone (shorter).
  css`
    .banner {
      /* --_tint is set only where light-dark() is missing (shared.ts): color-mix() may be missing too. */
      background: var(--signpost-banner-background, var(--_tint, color-mix(in srgb, var(--_accent) 8%, var(--_surface))));
      position: relative;
      display: flex;
      align-items: start;
      gap: var(--_space);
    }
    /* A banner out of its dates or dismissed does not show its fallback (the partner's light-DOM message)
       while its language file loads: it would flash, then go. */
    :host(:not([showing])) slot {
      display: none;
    }
    .heading {
      font-size: 1.15em;
      font-weight: 700;
      line-height: 1.3;
      margin-block-end: 0.35em;
    }
    .body {
      min-inline-size: 0;
      flex: auto;
    }
    .message {
      margin-block-end: 0.75em;
    }
    .note-text {
      margin-block: 0 0.5em;
      color: var(--_muted);
      font-size: 0.9em;
    }
    /* The image box is sized before the image loads (12em by 6.75em, or the full width in stacked
       layouts), and the content note takes the same box, growing when its words need more. */
    .media {
      border-radius: var(--_radius);
      flex: none;
      aspect-ratio: 16 / 9;
      overflow: hidden;
      inline-size: 12em;
    }
    .note p {
      margin: 0;
      font-size: 0.85em;
    }
    img {
      inline-size: 100%;
      block-size: 100%;
      display: block;
      object-fit: cover;
    }
    /* (After .media, whose overflow it overrides: the same weight.) */
    .note {
      padding: 0.5em;
      border: 1px dashed var(--_border);
      /* Visible: the box grows to hold the note and its button (a box that scrolled hid the button). */
      overflow: visible;
      display: flex;
      flex-flow: column;
      justify-content: center;
      gap: 0.5em;
    }
    /* Stacked, the close button sits in the note's corner (--_room). */
    .dismissible .note {
      padding-inline-end: var(--_room, 0.5em);
    }
    .close {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      cursor: pointer;
      inline-size: 2.75em;
      inset-inline-end: 1.25em;
      inset-block-start: 1.25em;
      /* Into the banner's padding, never past it (a small --signpost-space, or 5vw of large text on a
         phone): it stuck out past the edge and over the call to action. */
      margin: max(-.5em, -1*var(--_space));
      border: 0;
      /* Stacked layouts (card, or inline on a phone) set --_corner: absolute (0.75em in, with the margin). */
      position: var(--_corner, static);
      font: inherit;
      color: inherit;
      border-radius: var(--_radius);
      flex: none;
      block-size: 2.75em;
      background: none;
    }
    /* Nothing to close on paper. (Right after the .close rule it overrides: smaller than at the end.) */
    @media print {
      .close {
        display: none;
      }
    }
    svg {
      inline-size: 1em;
      block-size: 1em;
    }
    .bar .heading {
      font-size: 1em;
    }
    /* Over the image: the button's own surface, and its focus ring against it (no gap of photo between). */
    .with-image .close {
      background: var(--_surface);
      outline-offset: 0;
    }
    .bar .message {
      margin: 0;
    }
    /* bar: a full-width strip, content in one row where it fits */
    .bar {
      border-radius: 0;
      align-items: center;
      border-inline: 0;
    }
    .bar .body {
      align-items: center;
      display: flex;
      flex-flow: wrap;
      gap: 0.25em 1em;
    }
    .bar .text {
      flex: 1 24em;
    }
    .bar .media {
      display: none;
    }
    /* card: image on top. Stacked: the close button sits in the top corner, over the image if there
       is one, else beside the first lines, which make room for it. */
    .card .media {
      inline-size: 100%;
    }
    .card {
      flex-flow: column;
      --_corner: absolute;
      --_room: 3em;
      max-inline-size: 26em;
    }
    /* The first lines (the content note, the heading, the message) wrap around the close button's
       corner, on its side: the banner's direction (its dir attribute), not the partner's words'.
       (right and left, not inline-end: Chrome before 118 has no logical floats.) Not in the bar,
       whose body is a flex row (the box would be an item there); where --_room is unset (a wide
       inline banner) it has no size. */
    .dismissible:not(.with-image, .bar) .body::before {
      float: right;
      inline-size: var(--_room);
      block-size: var(--_room);
      content: "";
    }
    .banner[dir='rtl'] .body::before {
      float: left;
    }
    @media (max-width: 30em) {
      .inline {
        flex-flow: column;
        --_corner: absolute;
        --_room: 3em;
      }
      .inline .media {
        inline-size: 100%;
      }
    }
    @media (forced-colors: active) {
      .close {
        border: 1px solid ButtonText;
      }
    }
  `,
];
