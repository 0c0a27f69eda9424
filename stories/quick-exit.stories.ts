import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ref} from 'lit/directives/ref.js';
import '../src/components/quick-exit/define.js';
import {embedDocs} from './embed.js';
import {simulateExit} from './simulated-exit.js';
import {langControl, theme, themeArgTypes, type ThemeArgs} from './theming.js';

const TAG = 'signpost-quick-exit';

interface Args extends ThemeArgs {
  href: string;
  placement: 'inline' | 'sticky';
  shortcut: 'shift' | 'off';
  'keep-history': boolean;
  explain: boolean;
  'safety-href': string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Quick exit',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {href: 'https://www.wikipedia.org/', placement: 'inline', shortcut: 'shift', 'keep-history': false, explain: false, 'safety-href': ''},
  argTypes: {
    placement: {control: 'inline-radio', options: ['inline', 'sticky']},
    shortcut: {control: 'inline-radio', options: ['shift', 'off']},
    lang: langControl,
    ...themeArgTypes(TAG),
  },
  render: (a) => {
    const {style, parts} = theme(TAG, a);
    return html`${parts}<signpost-quick-exit
      href=${a.href || nothing}
      placement=${a.placement}
      shortcut=${a.shortcut}
      ?keep-history=${a['keep-history']}
      ?explain=${a.explain}
      safety-href=${a['safety-href'] || nothing}
      lang=${a.lang || nothing}
      style=${style}
      ${ref(simulateExit)}
      >${a['slot:explanation'] ? html`<p slot="explanation">${a['slot:explanation']}</p>` : nothing}</signpost-quick-exit
    >
    ${a.placement === 'sticky'
      ? html`<div style="block-size: 150vh; padding-block-start: 1rem">
          <p>Scroll: the button stays at the top. Press Shift three times to try the shortcut (simulated here).</p>
          <label>Try typing capitals: <input /></label>
        </div>`
      : html`<p>Press Shift three times to try the shortcut (simulated here: the page comes back after 2 s).</p>`}`;
  },
};
export default meta;
type Story = StoryObj<Args>;


export const Inline: Story = {};
export const Sticky: Story = {args: {placement: 'sticky'}};
export const WithExplanation: Story = {name: 'With explanation and safety link', args: {explain: true, 'safety-href': 'https://example.org/online-safety'}};
/** The `explanation` slot replaces the built-in text in "What this button does" (the safety link stays below it). */
export const CustomExplanation: Story = {
  name: 'Custom explanation (slot)',
  args: {
    explain: true,
    'safety-href': 'https://example.org/online-safety',
    'slot:explanation': 'A partner\'s own words: this button hides this page at once and opens an everyday site. It does not clear your browsing history, and it cannot stop someone who monitors this device.',
  },
};
export const ShortcutOff: Story = {name: 'Shortcut off', args: {shortcut: 'off'}};
export const Spanish: Story = {name: 'Español', args: {lang: 'es', explain: true}};
export const Arabic: Story = {name: 'العربية (RTL)', args: {lang: 'ar', explain: true, placement: 'sticky'}};
