// The CDN files carry Lit inside them, and terser drops its `@license` comments. Lit's licence
// (BSD-3-Clause) asks that a redistribution in binary form reproduce its notice "in the documentation
// and/or other materials provided with the distribution": dist/cdn/THIRD-PARTY-LICENSES.txt is that
// material, written by scripts/build-cdn.mjs from the packages the source maps name (so a package
// that starts being bundled is listed without anyone remembering to). It costs the bundles no byte.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

/** The npm packages whose code is inside the built files of `dir`, read from their source maps. */
export function bundledPackages(dir) {
  const names = new Set();
  for (const file of readdirSync(dir, {recursive: true})) {
    if (!String(file).endsWith('.map')) continue;
    for (const source of JSON.parse(readFileSync(join(dir, String(file)), 'utf8')).sources) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
      if (match) names.add(match[1]);
    }
  }
  return [...names].sort();
}

/** The notice: each package's name, version, home page and its own LICENSE file, verbatim. */
export function thirdPartyLicenses(packages, root = 'node_modules') {
  const sections = packages.map((name) => {
    const meta = JSON.parse(readFileSync(join(root, name, 'package.json'), 'utf8'));
    const license = readdirSync(join(root, name)).find((file) => /^licen[cs]e(\.(md|txt))?$/i.test(file));
    if (!license) throw new Error(`${name} is bundled into dist/cdn but has no LICENSE file to reproduce`);
    return `${name}@${meta.version} (${meta.license}) ${meta.homepage ?? ''}\n\n${readFileSync(join(root, name, license), 'utf8').trim()}\n`;
  });
  return `The files in this folder include code from the packages below, under their own licences.\nSignpost's own code is under the MIT licence (LICENSE in the package).\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`;
}
