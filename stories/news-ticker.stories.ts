import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/components/news-ticker/define.js';
import {embedDocs} from './embed.js';
import {langControl, theme, themeArgTypes, type ThemeArgs} from './theming.js';

const TAG = 'signpost-news-ticker';

interface Args extends ThemeArgs {
  mode: 'rotate' | 'scroll' | 'list';
  speed: number;
  interval: number;
  'max-items': number;
  paused: boolean;
  label: string;
  'date-style': 'absolute' | 'relative' | 'none';
  lang: string;
  src: string;
  refresh: number;
  timeout: number;
  'max-bytes': number;
  source: 'light-dom' | 'inline-json';
}

const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Partner network',
  items: [
    {id: '1', title: 'Volunteers trained to spot the signs in 5 cities', url: 'https://example.org/1', date_published: '2026-11-25T10:00:00Z'},
    {id: '2', title: 'New hotline posters for bus and train stations', url: 'https://example.org/2', date_published: '2026-11-20T10:00:00Z'},
    {id: '3', title: 'Court report: two convicted in a labour exploitation case', url: 'https://example.org/3', date_published: '2026-11-18T10:00:00Z', _signpost: {content_note: 'describes abuse'}},
    {id: '4', title: 'World Day event: free public talk on 30 July', url: 'https://example.org/4', date_published: '2026-07-20T10:00:00Z'},
  ],
});

const meta: Meta<Args> = {
  title: 'Widgets/News ticker',
  component: TAG,
  parameters: {
    docs: embedDocs(TAG),
  },
  args: {mode: 'rotate', speed: 40, interval: 7, 'max-items': 10, paused: false, label: '', 'date-style': 'absolute', lang: '', src: '', refresh: 0, timeout: 8000, 'max-bytes': 524288, source: 'inline-json'},
  argTypes: {
    mode: {control: 'inline-radio', options: ['rotate', 'scroll', 'list']},
    'date-style': {control: 'inline-radio', options: ['absolute', 'relative', 'none']},
    source: {control: 'inline-radio', options: ['light-dom', 'inline-json'], description: 'What the partner writes inside the tag (shown until, or unless, `src` loads)'},
    src: {control: 'select', options: ['', 'fixtures/feed.json', 'fixtures/not-a-feed.txt'], description: 'Feed URL (local sample files here: the stories request nothing from elsewhere)'},
    lang: langControl,
    ...themeArgTypes(TAG),
  },
  render: (a) => {
    const {style, parts} = theme(TAG, a);
    return html`${parts}<signpost-news-ticker
    style=${style}
    mode=${a.mode}
    speed=${a.speed}
    interval=${a.interval}
    max-items=${a['max-items']}
    ?paused=${a.paused}
    label=${a.label || nothing}
    date-style=${a['date-style']}
    lang=${a.lang || nothing}
    src=${a.src || nothing}
    refresh=${a.refresh || nothing}
    timeout=${a.timeout}
    max-bytes=${a['max-bytes']}
    >${a.source === 'inline-json'
      ? html`<script type="application/json">${FEED}</script>`
      : html`<ul>
          <li><a href="https://example.org/a">Partner story: a safer recruitment campaign</a> <time datetime="2026-11-22">22 Nov 2026</time></li>
          <li><a href="https://example.org/b">How to report concerns safely</a></li>
        </ul>`}</signpost-news-ticker
  >`;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Rotate: Story = {};
export const Scroll: Story = {args: {mode: 'scroll'}};
export const List: Story = {args: {mode: 'list', 'date-style': 'relative'}};
export const LightDomItems: Story = {name: 'Source: light-DOM links', args: {source: 'light-dom', mode: 'list'}};
export const InlineJsonFeed: Story = {name: 'Source: inline JSON Feed', args: {source: 'inline-json', mode: 'list'}};
/** A feed from `src` (a local sample file): it replaces the partner's own items once loaded. */
export const FromSrc: Story = {name: 'Source: src (a JSON Feed file)', args: {src: 'fixtures/feed.json', source: 'light-dom', mode: 'list'}};
/** A `src` that is not a feed: a console warning, `signpost-ticker-error`, and the fallback stays. */
export const ErrorState: Story = {name: 'Error: not a feed, fallback stays', args: {src: 'fixtures/not-a-feed.txt', source: 'light-dom', mode: 'list'}};
export const Paused: Story = {args: {paused: true}};
export const RightToLeft: Story = {name: 'العربية (RTL)', args: {lang: 'ar', mode: 'scroll'}};
export const Spanish: Story = {name: 'Español', args: {lang: 'es', 'date-style': 'relative', mode: 'list'}};
