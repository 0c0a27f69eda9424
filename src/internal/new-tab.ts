import {html, type TemplateResult} from 'lit';
import {msg} from '../i18n/msg.js';

/**
 * "Opens in a new tab", hidden, once in a widget's shadow root, for each link that opens one to name
 * with `aria-describedby="new-tab"`: a screen reader says it on reaching such a link (WCAG G201),
 * while a live region (the rotating ticker's) reads out only the link's own words with each story.
 * Call it inside render, where msg() answers in the widget's language.
 */
export const newTabNote = (): TemplateResult => html`<span hidden id="new-tab">${msg('Opens in a new tab', {id: 'new-tab'})}</span>`;
