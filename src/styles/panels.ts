import {css} from 'lit';

/** A filled (primary) button and a bordered panel: the card, the quiz and the banner (not the quick exit or the ticker). */
export const panels = css`
  /* On screen only: paper has no fill (a printer leaves fills out by default), and the white label
     left on white printed pale grey (Chromium darkens it only to about 2.1:1; the hotline's number is
     in one), so printed it keeps the shared button's accent label. (Smaller than a print rule undoing it.) */
  @media not print {
    /* (.primary.button: the same as .button.primary, in the order that gzips smallest.) */
    .primary.button {
      background: var(--_accent);
      color: var(--_on-accent);
    }
  }
  .panel {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
    }
  }
`;
