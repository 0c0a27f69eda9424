import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ref} from 'lit/directives/ref.js';
import '../src/components/hotline-card/define.js';
import {HOTLINES} from '../src/data/hotlines.js';
import {embedDocs} from './embed.js';
import {simulateCardExit} from './simulated-exit.js';
import {langControl, showcase, theme, themeArgTypes, type ThemeArgs} from './theming.js';

const TAG = 'signpost-hotline-card';

interface Args extends ThemeArgs {
  country: string;
  lang: string;
  'country-picker': boolean;
  'quick-exit': boolean;
  'quick-exit-href': string;
  'heading-level': number;
  'line-name': string;
  'line-phone': string;
  'line-sms': string;
  'line-sms-keyword': string;
  'line-chat': string;
  'line-report': string;
  'line-hours': string;
  'line-time-zone': string;
  clockIso: string;
  partnerJson: string;
}

// A partner line as only the child JSON can give it (website, email, TTY, languages, source): a
// fictional organisation, Ofcom's numbers reserved for drama (020 7946 0xxx, 07700 900xxx) and example.org.
const partnerLine = JSON.stringify(
  {
    name: 'Example Lighthouse Line',
    organisation: 'Example Lighthouse Trust (fictional)',
    phone: '+44 20 7946 0000',
    phoneDisplay: '020 7946 0000',
    sms: '+447700900123',
    smsKeyword: 'SAFE',
    website: 'https://example.org/',
    email: 'help@example.org',
    tty: '+44 20 7946 0999',
    hours: 'Mo-Fr 09:00-17:00; Sa 10:00-14:00',
    timeZone: 'Europe/London',
    languages: ['en', 'pl', 'ro'],
    source: 'https://example.org/about',
    verified: '2026-11-01',
  },
  null,
  2,
);

const meta: Meta<Args> = {
  title: 'Widgets/Hotline card',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {country: 'US', 'country-picker': false, 'quick-exit': false, 'heading-level': 2, partnerJson: ''},
  argTypes: {
    country: {
      control: 'select',
      // No country, every country of the directory (a country added there appears here), and one it lacks.
      options: ['', ...HOTLINES.map((e) => e.country), 'ZZ'],
      description: showcase(TAG, 'country', 'US'),
    },
    lang: langControl,
    clockIso: {control: 'text', description: 'Fixed instant for "open now" (ISO 8601); empty = now'},
    partnerJson: {
      control: 'text',
      description: 'A partner line in a child `<script type="application/json">` (see docs/schemas/hotline-line.schema.json): the only way to give it a website, email, TTY, languages or source. `line-*` attributes win, field by field. Empty: no script.',
    },
    ...themeArgTypes(TAG),
  },
  render: (a) => {
    const {style, parts} = theme(TAG, a);
    return html`${parts}<signpost-hotline-card
    country=${a.country || nothing}
    lang=${a.lang || nothing}
    ?country-picker=${a['country-picker']}
    ?quick-exit=${a['quick-exit']}
    quick-exit-href=${a['quick-exit-href'] || nothing}
    heading-level=${a['heading-level']}
    line-name=${a['line-name'] || nothing}
    line-phone=${a['line-phone'] || nothing}
    line-sms=${a['line-sms'] || nothing}
    line-sms-keyword=${a['line-sms-keyword'] || nothing}
    line-chat=${a['line-chat'] || nothing}
    line-report=${a['line-report'] || nothing}
    line-hours=${a['line-hours'] || nothing}
    line-time-zone=${a['line-time-zone'] || nothing}
    .clock=${a.clockIso ? () => Date.parse(a.clockIso) : Date.now}
    style=${style}
    ${ref(a['quick-exit'] ? simulateCardExit : undefined)}
    >${a.partnerJson ? html`<script type="application/json">${a.partnerJson}</script>` : nothing}</signpost-hotline-card
  >`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A 24/7 national line with call, text, TTY and the emergency number. */
export const TwentyFourSeven: Story = {name: '24/7 line (US)', args: {country: 'US'}};

/** A line with opening hours, at a fixed instant when it is closed, then open. */
export const WithHoursClosed: Story = {name: 'Line with hours: closed (FR)', args: {country: 'FR', clockIso: '2026-11-29T19:30:00Z'}};
export const WithHoursOpen: Story = {name: 'Line with hours: open (FR)', args: {country: 'FR', clockIso: '2026-11-29T12:00:00Z'}};

/** No dedicated national line: said plainly, with labelled alternatives. */
export const NoDedicatedLine: Story = {name: 'No dedicated line (IE)', args: {country: 'IE'}};
export const NoDedicatedManyServices: Story = {name: 'No dedicated line, several services (DE)', args: {country: 'DE'}};

/** A partner's own line, by attributes. */
export const CustomLine: Story = {
  args: {
    country: 'GB',
    'line-name': 'Safe Harbour Helpline',
    'line-phone': '+44 20 7946 0000',
    'line-sms': '+447700900123',
    'line-sms-keyword': 'SAFE',
    'line-chat': 'https://example.org/chat',
    'line-hours': 'Mo-Fr 09:00-17:00',
    'line-time-zone': 'Europe/London',
  },
};

/** A partner's own line, by a child JSON script: website, email, TTY, languages and source too (a Friday at noon: open). */
export const PartnerJson: Story = {name: 'Partner line from JSON', args: {country: 'GB', partnerJson: partnerLine, clockIso: '2026-11-27T12:00:00Z'}};

/** Nothing resolves: the card asks the reader to choose. */
export const Picker: Story = {name: 'Country picker', args: {country: '', lang: 'en', 'country-picker': true}};

/** Arabic: right-to-left, mirrored layout. */
export const RightToLeft: Story = {name: 'Arabic (RTL)', args: {country: 'US', lang: 'ar', 'country-picker': true}};

/** Spanish, country from the language region (es-MX → MX). */
export const SpanishFromRegion: Story = {name: 'Spanish, country from lang (es-MX)', args: {country: '', lang: 'es-MX'}};

/**
 * Theming through the public custom properties. The accent is a pair, one per colour scheme (the
 * toolbar's dark scheme puts dark text on it: a single #6b2c91 would be 2:1 there).
 */
export const Themed: Story = {args: {country: 'CA', '--signpost-accent': 'light-dark(#6b2c91, #d8b4fe)', '--signpost-radius': '0', '--signpost-space': '1.25em'}};
