// Node test for the `npm start` server (scripts/demo.mjs): it serves the demo and the CDN files, and
// nothing else of the repository, however the path is encoded. Run after `npm run build` (needs dist/cdn).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {startDemo} from '../../scripts/demo.mjs';

/** The status and body for `path`, sent exactly as written (no client-side normalisation). */
function get(port, path) {
  return new Promise((resolve, reject) => {
    request({host: '127.0.0.1', port, path}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode, body: Buffer.concat(chunks).toString('latin1')}));
    })
      .on('error', reject)
      .end();
  });
}

test('the demo server serves its folders, and no path escapes them', async () => {
  const server = await startDemo(0, '127.0.0.1');
  const {port} = server.address();
  try {
    for (const path of ['/', '/dist/cdn/signpost.js', '/demo/get-the-code.html', '/custom-elements.json']) {
      assert.equal((await get(port, path)).status, 200, path);
    }
    for (const path of [
      '/dist/cdn/..%2f..%2f.git%2fHEAD',
      '/dist/cdn/..%2f..%2fpackage.json',
      '/dist/cdn/..%2F..%2Fpackage.json',
      '/demo/..%2fpackage.json',
      '/..%2fpackage.json',
      '/dist/cdn/..%5c..%5cpackage.json',
      '/dist/cdn/%2e%2e/%2e%2e/package.json',
      '/dist/cdn/../../package.json',
      '/dist/cdn/signpost.js%00.html',
      '/%E0%A4%A', // a malformed escape: refused, and the server still answers the next request
    ]) {
      const {status, body} = await get(port, path);
      assert.ok(status === 403 || status === 404, `${path}: ${status}`);
      assert.doesNotMatch(body, /"name"|ref: refs/, path);
    }
    assert.equal((await get(port, '/dist/cdn/signpost.js')).status, 200, 'still serving');
  } finally {
    server.close();
  }
});
