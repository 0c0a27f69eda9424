// @ts-check
// Test-only endpoints served by the wtr dev server (same origin as the test pages):
//   /test-server/hang           never answers within the test (held for 20 s, then closed)
//   /test-server/hang-status?key=k  {"closed": bool}: whether the hanging request with that ?key= was aborted
//   /test-server/big?declared=1 a JSON body of 1 MB, chunked (or with a Content-Length when declared=1)
//   /test-server/bytes?n=N      a body of exactly N bytes ("a"), chunked; &declared=1 with its Content-Length;
//                               &stall=k declares N (up to 8 MB) but sends one byte, then holds (the header alone refuses it);
//                               /test-server/hang-status?key=k then says whether the browser closed it
//   /test-server/flaky?key=k    a JSON Feed the first time, HTTP 500 after (a failing refresh);
//                               &offline: the connection cut after (the reader gone offline)
//   /test-server/latin1-feed    an ISO-8859-1 RSS feed (?in=header: charset in the header; declaration: in the XML declaration; bom: UTF-8 with a BOM, both calling it ISO-8859-1)
//   /test-server/pixel.gif      a 1×1 GIF
//   /test-server/echo-feed      a JSON Feed whose only title reports the request's Referer/Cookie headers
//   /test-server/cors-feed?key=k  a JSON Feed with no Access-Control-Allow-Origin (another origin may not
//                               read it); /test-server/cors-hits?key=k says how many times it was asked for
//   /test-server/echo-bank      a valid bank whose first prompt reports the request's Referer/Cookie headers
//   /test-server/wordpress      a block theme's post page holding the docs' WordPress snippet
//                               (?as=author: as WordPress filters it for an author without unfiltered_html;
//                               ?as=blocked: with the script unable to run, e.g. blocked by an extension)
//   /test-server/slow-cdn/<ms>/* the CDN files, the language files (locales/*) held for <ms> ms
//   /test-server/no-locales/*   the CDN files, but 404 for every language file (a partner who copied only signpost.js)
//   /test-server/redirect/*     302 to the CDN file (a CDN resolving a version range to an exact one)
//   /test-server/moved-feed     302 to /test/fixtures/feeds/moved/relative.xml (a feed with relative links that moved)
//   /test-server/quickstart     the README's quick-start page (strict CSP), with /signpost-theme.css
//   /test-server/older/signpost.js  dist/cdn/signpost.js as an older release: its version is 0.0.9
//   /signpost/0.1.0/*, /wp-content/uploads/signpost/0.1.0/*   the CDN files, where the README and the
//                               WordPress recipe put them
//   /test/fixtures/pages/*.html the partner pages, with a strict CSP; widgets.html?variant=hostile adds
//                               the hostile host CSS, ?variant=integrity a wrong integrity on the script,
//                               ?variant=feeds two tickers reading an RSS and an Atom file,
//                               ?variant=twice signpost.js loaded twice (two URLs: two copies),
//                               ?variant=older an older Signpost release loaded first, then this one,
//                               ?variant=ownlit the page's own Lit (its "lit-html" policy) loaded first,
//                               ?variant=nonce an engine without constructed style sheets, styles by CSP nonce,
//                               ?variant=singles the five single-widget files (five copies of Lit) in place of
//                               signpost.js, under the README's 'allow-duplicates'
import {Readable} from 'node:stream';
import {readFileSync} from 'node:fs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
/** Variants of test/fixtures/pages/widgets.html: one page of widgets, changed in one way each. */
const PAGE_VARIANTS = {
  // The widgets inside a section and a div, so that the hostile rules for those (overflow: hidden,
  // a huge z-index) wrap them as a page's layout would.
  hostile: (html) =>
    html
      .replace('<script', '<link rel="stylesheet" href="/test/fixtures/pages/hostile.css" />\n    <script')
      .replace('<body>', '<body><section><div>')
      .replace('</body>', '</div></section></body>'),
  twice: (html) => html.replace('<script type="module" src="/dist/cdn/signpost.js"></script>', '<script type="module" src="/dist/cdn/signpost.js"></script>\n    <script type="module" src="/dist/cdn/signpost.js?copy=2"></script>'),
  ownlit: (html) => html.replace('<script type="module" src="/dist/cdn/signpost.js">', '<script type="module" src="/test/fixtures/pages/own-lit.js"></script>\n    <script type="module" src="/dist/cdn/signpost.js">'),
  older: (html) => html.replace('<script type="module" src="/dist/cdn/signpost.js">', '<script type="module" src="/test-server/older/signpost.js"></script>\n    <script type="module" src="/dist/cdn/signpost.js">'),
  feeds: (html) =>
    html.replace(
      '<signpost-news-ticker mode="scroll">',
      '<signpost-news-ticker id="rss" mode="list" src="/test/fixtures/feeds/rss2-basic.xml"></signpost-news-ticker>\n    <signpost-news-ticker id="atom" mode="list" src="/test/fixtures/feeds/atom.xml"></signpost-news-ticker>\n    <signpost-news-ticker mode="scroll">',
    ),
  // An engine without constructed style sheets, and a CSP that gives styles a nonce (window.litNonce);
  // the quick exit sticky, so that it adds its scroll padding to the page.
  nonce: (html) =>
    html
      .replace('<script type="module" src="/dist/cdn/signpost.js">', '<script type="module" src="/test/fixtures/pages/old-engine.js"></script>\n    <script type="module" src="/dist/cdn/signpost.js">')
      .replace('<signpost-quick-exit>', '<signpost-quick-exit placement="sticky">'),
  // The five single-widget files, each with its own Lit (served with 'allow-duplicates', as README says).
  singles: (html) =>
    html.replace(
      '<script type="module" src="/dist/cdn/signpost.js"></script>',
      ['quick-exit', 'campaign-banner', 'news-ticker', 'red-flag-quiz', 'hotline-card'].map((name) => `<script type="module" src="/dist/cdn/${name}.js"></script>`).join('\n    '),
    ),
  // Its own URL: Chromium keeps a script refused for its integrity in the renderer's memory cache, and
  // a later test's import of the same URL in that process would fail with it. The quiz holds the
  // README's fallback paragraph (the other widgets' fallbacks are in the page already).
  integrity: (html) =>
    html
      .replace('src="/dist/cdn/signpost.js"', `src="/dist/cdn/signpost.js?integrity-test" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"`)
      .replace('seed="page"></signpost-red-flag-quiz>', `seed="page">${/<signpost-red-flag-quiz[^>]*>([\s\S]*?)<\/signpost-red-flag-quiz>/.exec(snippet('README.md', 'red-flag-quiz'))[1]}</signpost-red-flag-quiz>`),
};
/** Per `?key=`: whether that hanging request is open (false) or was closed by the browser (true). */
const hangs = new Map();
const flaky = new Map();
const corsHits = new Map();

/** @type {import('@web/dev-server-core').Middleware} */
export async function testServer(ctx, next) {
  // A fuzzed link whose path does not decode (`/%E0%A4%A`): the 400 the static server would answer,
  // without its "failed to decode" stack in the test log.
  try {
    decodeURIComponent(ctx.path);
  } catch {
    ctx.status = 400;
    return;
  }
  if (ctx.path.startsWith('/test/fixtures/pages/') && ctx.path.endsWith('.html')) {
    const variant = PAGE_VARIANTS[/** @type {keyof typeof PAGE_VARIANTS} */ (ctx.query.variant)];
    if (variant && ctx.path.endsWith('/widgets.html')) {
      ctx.type = 'html';
      ctx.body = variant(readFileSync(new URL('fixtures/pages/widgets.html', import.meta.url), 'utf8'));
    } else await next();
    // The fixture pages are served as a careful partner would: strict CSP with Trusted Types.
    const csp = {nonce: STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'nonce-signpost-test'"), singles: `${STRICT_CSP} 'allow-duplicates'`};
    ctx.set('content-security-policy', csp[/** @type {keyof typeof csp} */ (ctx.query.variant)] ?? STRICT_CSP);
    return;
  }
  if (ctx.path === '/signpost-theme.css') {
    ctx.type = 'text/css';
    ctx.body = snippet('README.md', 'quickstart-css', 'css');
    return;
  }
  const upload = /^(?:\/wp-content\/uploads)?\/signpost\/0\.1\.0\/(.+)$/.exec(ctx.path);
  if (upload) {
    ctx.url = `/dist/cdn/${upload[1]}`;
    return next();
  }
  if (!ctx.path.startsWith('/test-server/')) return next();
  if (ctx.path === '/test-server/older/signpost.js') {
    const current = readFileSync(new URL('../dist/cdn/signpost.js', import.meta.url), 'utf8');
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    if (!current.includes(`\`${version}\``)) throw new Error(`the version literal ${version} of dist/cdn/signpost.js was not found`);
    ctx.type = 'js';
    ctx.body = current.replace(`\`${version}\``, '`0.0.9`').replace(/\n\/\/# sourceMappingURL=.*$/, '');
    return;
  }
  if (ctx.path === '/test-server/moved-feed') {
    ctx.status = 302;
    ctx.redirect('/test/fixtures/feeds/moved/relative.xml');
    return;
  }
  const moved = /^\/test-server\/redirect\/(.+)$/.exec(ctx.path);
  if (moved) {
    ctx.status = 302;
    ctx.redirect(`/dist/cdn/${moved[1]}`);
    return;
  }
  const bare = /^\/test-server\/no-locales\/(.+)$/.exec(ctx.path);
  if (bare) {
    if (bare[1].startsWith('locales/')) return void (ctx.status = 404);
    ctx.url = `/dist/cdn/${bare[1]}`;
    return next();
  }
  const slow = /^\/test-server\/slow-cdn\/(\d+)\/(.+)$/.exec(ctx.path);
  if (slow) {
    if (slow[2].startsWith('locales/')) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(slow[1]), 10000)));
    ctx.url = `/dist/cdn/${slow[2]}`;
    return next();
  }
  ctx.set('cache-control', 'no-store');
  if (ctx.path === '/test-server/hang') {
    // Keyed, because the three browsers run at once: one browser's request must not reset another's.
    const key = String(ctx.query.key ?? '');
    hangs.set(key, false);
    ctx.req.on('close', () => hangs.set(key, true));
    await new Promise((resolve) => setTimeout(resolve, 20000));
    ctx.body = '{}';
    return;
  }
  if (ctx.path === '/test-server/hang-status') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({closed: hangs.get(String(ctx.query.key ?? '')) ?? true});
    return;
  }
  if (ctx.path === '/test-server/big') {
    const chunk = `"${'x'.repeat(16 * 1024 - 3)}",`;
    const count = 64; // 1 MB
    ctx.type = 'application/json';
    if (ctx.query.declared) ctx.length = 1 + chunk.length * count + 3;
    ctx.body = Readable.from((function* () {
      yield '[';
      for (let i = 0; i < count; i++) yield chunk;
      yield '""]';
    })());
    return;
  }
  if (ctx.path === '/test-server/bytes') {
    const n = Math.min(Number(ctx.query.n) || 0, ctx.query.stall ? 8 << 20 : 1 << 20); // stalled: one byte sent, whatever is declared
    ctx.type = 'text/plain';
    if (ctx.query.declared || ctx.query.stall) ctx.length = n;
    if (ctx.query.stall) {
      const key = String(ctx.query.stall);
      hangs.set(key, false);
      ctx.res.on('close', () => hangs.set(key, true));
    }
    ctx.body = Readable.from((async function* () {
      if (ctx.query.stall) {
        yield 'a';
        await new Promise((resolve) => setTimeout(resolve, 20000));
        return;
      }
      // Two chunks, so the body is counted as it arrives.
      yield 'a'.repeat(n >> 1);
      yield 'a'.repeat(n - (n >> 1));
    })());
    return;
  }
  if (ctx.path === '/test-server/latin1-feed') {
    // An RSS feed in ISO-8859-1, its charset in the header (?in=header) or in the XML declaration only;
    // ?in=bom: a UTF-8 file with its byte order mark, which the header and the declaration call ISO-8859-1.
    const header = ctx.query.in !== 'declaration';
    const bom = ctx.query.in === 'bom';
    const xml = `<?xml version="1.0"${header ? '' : ' encoding="ISO-8859-1"'}?><rss version="2.0"><channel><title>Actualités</title><item><title>Opération contre la traite à Séville</title><link>https://news.example/seville</link></item></channel></rss>`;
    ctx.set('content-type', header ? 'application/rss+xml; charset=ISO-8859-1' : 'application/rss+xml');
    ctx.body = bom ? Buffer.from(`\ufeff${xml.replace('?>', ' encoding="ISO-8859-1"?>')}`, 'utf8') : Buffer.from(xml, 'latin1');
    return;
  }
  if (ctx.path === '/test-server/flaky') {
    // First request per key: a small JSON Feed; later ones: HTTP 500 (a refresh that fails), or with
    // `&offline` no answer at all: the connection is cut, as the browser sees it when the reader goes offline.
    const key = String(ctx.query.key ?? '');
    const count = (flaky.get(key) ?? 0) + 1;
    flaky.set(key, count);
    if (count > 1 && 'offline' in ctx.query) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (count > 1) {
      ctx.status = 500;
      return;
    }
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Flaky', items: [{id: '1', title: 'First load', url: 'https://flaky.example/1'}]});
    return;
  }
  if (ctx.path === '/test-server/quickstart') {
    ctx.type = 'text/html';
    ctx.set('content-security-policy', STRICT_CSP);
    ctx.body = snippet('README.md', 'quickstart');
    return;
  }
  if (ctx.path === '/test-server/wordpress') {
    ctx.type = 'text/html';
    ctx.body = wordpressPost(String(ctx.query.as ?? 'admin'));
    return;
  }
  if (ctx.path === '/test-server/pixel.gif') {
    ctx.type = 'image/gif';
    ctx.body = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    return;
  }
  if (ctx.path === '/test-server/cors-feed') {
    corsHits.set(ctx.query.key, (corsHits.get(ctx.query.key) ?? 0) + 1);
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 'Read across origins'}]});
    return;
  }
  if (ctx.path === '/test-server/cors-hits') {
    ctx.body = {hits: corsHits.get(ctx.query.key) ?? 0};
    return;
  }
  if (ctx.path === '/test-server/echo-feed') {
    const seen = `referer=${ctx.get('referer') || 'none'} cookie=${ctx.get('cookie') || 'none'}`;
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: seen}]});
    return;
  }
  if (ctx.path === '/test-server/echo-bank') {
    const seen = `referer=${ctx.get('referer') || 'none'} cookie=${ctx.get('cookie') || 'none'}`;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      questions: [
        {id: 'e1', topic: 'general', prompt: seen, options: ['Yes', 'No'], correct: 0, explanation: 'Echo.', source: {name: 'Test', url: 'https://example.org/'}},
      ],
    });
    return;
  }
  ctx.status = 404;
}

/**
 * A post page shaped like a WordPress block theme's: the theme's global styles and `.entry-content`
 * rules around the Custom HTML block, printed as saved (the snippet cut from docs/frameworks.md).
 * `as`: `admin` prints the block as saved; `author` is what WordPress's post filter (wp_kses_post)
 * leaves for an author who may not post unfiltered HTML: <script> and <style> removed with their
 * contents, unknown elements unwrapped; `blocked` drops only the <script> (JavaScript that never runs).
 */
function wordpressPost(as) {
  let content = snippet('docs/frameworks.md', 'wordpress');
  if (as === 'author') {
    content = content
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<\/?signpost-[a-z-]+\b[^>]*>/g, '');
  }
  if (as === 'blocked') content = content.replace(/<script\b[\s\S]*?<\/script>/g, '');
  return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to spot trafficking – Example Charity</title>
<style id="global-styles-inline-css">
  body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.6; color: #111; background: #f9f9f9; }
  a { color: #111; text-decoration: underline; text-underline-offset: 0.1em; }
  h1, h2, h3 { font-weight: 400; line-height: 1.2; letter-spacing: -0.1px; }
  h2 { font-size: clamp(1.5rem, 3vw, 2.2rem); }
  :where(.wp-site-blocks) > * { margin-block-start: 1.2rem; margin-block-end: 0; }
  .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) { max-width: 620px; margin-left: auto !important; margin-right: auto !important; }
  .entry-content p { margin-block: 0 1.2rem; }
  .entry-content * { box-sizing: border-box; }
  img { max-width: 100%; height: auto; }
</style>
</head>
<body class="post-template-default single single-post">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/" rel="home">Example Charity</a></p></header>
<main class="wp-block-group is-layout-flow">
<h1 class="wp-block-post-title">How to spot trafficking</h1>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>Trafficking can happen in any town. If something feels wrong, you can talk to someone.</p>
${content}
<p>Thank you for reading.</p>
</div>
</main>
</div>
</body>
</html>`;
}

/** The code block marked `<!-- snippet:name -->` in a documentation file (what a reader copies). */
function snippet(file, name, lang = 'html') {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const block = new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(text);
  if (!block) throw new Error(`${file} has no ${name} snippet`);
  return block[1];
}
