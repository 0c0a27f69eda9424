// @ts-check
// Test-only endpoints served by the wtr dev server (same origin as the test pages):
//   /test-server/hang           never answers within the test (held for 20 s, then closed)
//   /test-server/hang-status    {"closed": bool}: whether the last hanging request was aborted by the browser
//   /test-server/big?declared=1 a JSON body of 1 MB, chunked (or with a Content-Length when declared=1)
//   /test-server/flaky?key=k    a JSON Feed the first time, HTTP 500 after (a failing refresh)
//   /test-server/pixel.gif      a 1×1 GIF
//   /test-server/echo-feed      a JSON Feed whose only title reports the request's Referer/Cookie headers
//   /test-server/echo-bank      a valid bank whose first prompt reports the request's Referer/Cookie headers
import {Readable} from 'node:stream';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
let lastHangClosed = false;
const flaky = new Map();

/** @type {import('@web/dev-server-core').Middleware} */
export async function testServer(ctx, next) {
  if (ctx.path.startsWith('/test/fixtures/pages/') && ctx.path.endsWith('.html')) {
    await next();
    // The fixture pages are served as a careful partner would: strict CSP with Trusted Types.
    ctx.set('content-security-policy', STRICT_CSP);
    return;
  }
  if (!ctx.path.startsWith('/test-server/')) return next();
  ctx.set('cache-control', 'no-store');
  if (ctx.path === '/test-server/hang') {
    lastHangClosed = false;
    ctx.req.on('close', () => (lastHangClosed = true));
    await new Promise((resolve) => setTimeout(resolve, 20000));
    ctx.body = '{}';
    return;
  }
  if (ctx.path === '/test-server/hang-status') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({closed: lastHangClosed});
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
  if (ctx.path === '/test-server/flaky') {
    // First request per key: a small JSON Feed; later ones: HTTP 500 (a refresh that fails).
    const key = String(ctx.query.key ?? '');
    const count = (flaky.get(key) ?? 0) + 1;
    flaky.set(key, count);
    if (count > 1) {
      ctx.status = 500;
      return;
    }
    ctx.type = 'application/feed+json';
    ctx.body = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Flaky', items: [{id: '1', title: 'First load', url: 'https://flaky.example/1'}]});
    return;
  }
  if (ctx.path === '/test-server/pixel.gif') {
    ctx.type = 'image/gif';
    ctx.body = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
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
