import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/components/hotline-card/define.js';
import {embedDocs} from './embed.js';
import {langControl, theme, themeArgTypes, type ThemeArgs} from './theming.js';

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
}

const meta: Meta<Args> = {
  title: 'Widgets/Hotline card',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {country: 'US', 'country-picker': false, 'quick-exit': false, 'heading-level': 2},
  argTypes: {
    country: {control: 'select', options: ['', 'US', 'CA', 'GB', 'IE', 'AU', 'MX', 'ES', 'PH', 'TH', 'IN', 'DE', 'FR', 'NL', 'AR', 'ZZ']},
    lang: langControl,
    clockIso: {control: 'text', description: 'Fixed instant for "open now" (ISO 8601); empty = now'},
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
  ></signpost-hotline-card>`;
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

/** Nothing resolves: the card asks the reader to choose. */
export const Picker: Story = {name: 'Country picker', args: {country: '', lang: 'en', 'country-picker': true}};

/** Arabic: right-to-left, mirrored layout. */
export const RightToLeft: Story = {name: 'Arabic (RTL)', args: {country: 'US', lang: 'ar', 'country-picker': true}};

/** Spanish, country from the language region (es-MX → MX). */
export const SpanishFromRegion: Story = {name: 'Spanish, country from lang (es-MX)', args: {country: '', lang: 'es-MX'}};

/** Theming through the public custom properties. */
export const Themed: Story = {args: {country: 'CA', '--signpost-accent': '#6b2c91', '--signpost-radius': '0', '--signpost-space': '1.25em'}};
