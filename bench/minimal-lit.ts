// The baseline for the bench: a minimal Lit element, built the same way as the CDN files.
import {LitElement, html, css} from 'lit';

class MinimalLit extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  override render() {
    return html`<p>Hello</p>`;
  }
}
if (!customElements.get('minimal-lit')) customElements.define('minimal-lit', MinimalLit);
