// `npm start`: serves the demo page (demo/index.html) and the built CDN files on 127.0.0.1,
// with the strict Content-Security-Policy a careful partner would use. No dependencies.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, posix} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createHash} from 'node:crypto';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.svg': 'image/svg+xml'};
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const cache = new Map();
/** The file compressed once per content (a rebuild changes the bytes, hence the key). */
function compressed(body, encoding) {
  const key = `${encoding}:${createHash('sha1').update(body).digest('hex')}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br' ? brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}) : gzipSync(body, {level: 9}));
  }
  return cache.get(key);
}

/** Serves the demo from the repository, or the same layout from another folder (`root`, e.g. the docs build). */
export function startDemo(port = PORT, host = HOST, root = ROOT) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The URL parser has resolved dot segments, but not encoded ones: /dist/cdn/..%2f..%2fpackage.json
    // decodes to a path out of the served folders. So an encoded slash, backslash or NUL (never in a file
    // served here) or a malformed escape is refused, and the folders are checked on the decoded path once
    // it is normalised: what is checked is what is read.
    let path;
    try {
      if (/%(2f|5c|00)|\\/i.test(url.pathname)) throw new Error('refused');
      path = posix.normalize(decodeURIComponent(url.pathname));
    } catch {
      return void res.writeHead(403).end();
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/') path = '/demo/index.html';
    const served = path === '/custom-elements.json' || path.startsWith('/demo/') || path.startsWith('/dist/cdn/');
    if (!served) path = `/demo${path}`;
    const file = join(root, path);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      let body = await readFile(file);
      // Compressed as any partner's server or CDN would send it (brotli, else gzip).
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = body.length < 1024 || !/\.(html|js|css|json|svg)$/.test(file) ? '' : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : '';
      if (encoding) body = compressed(body, encoding);
      res.writeHead(200, {
        ...(encoding ? {'content-encoding': encoding} : {}),
        vary: 'accept-encoding',
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemo();
  const {port} = server.address();
  console.log(`\nSignpost demo: http://${HOST}:${port}/   (Ctrl+C to stop)\n`);
}
