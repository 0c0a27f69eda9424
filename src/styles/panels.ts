import {css} from 'lit';

/** A filled (primary) button and a bordered panel: the card, the quiz and the banner (not the quick exit or the ticker). */
export const panels = css`
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  /* Paper: a printer leaves fills out by default, and the white label left on white printed pale grey
     (Chromium darkens it only to about 2.1:1; the hotline's number is in one): the label in the accent.
     (Right after the rule it overrides: smaller than after .panel.) */
  @media print {
    .button.primary {
      background: none;
      color: var(--_accent);
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
