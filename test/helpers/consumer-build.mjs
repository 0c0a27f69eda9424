// A consumer project as an app installs us, for the Node tests: a temporary folder with a fixture's
// files and node_modules holding @signpost/widgets (this package, through its exports map) and the
// named packages; and a production Vite library build of one of its files into dist/<name>/main.js,
// where the browser tests (test/bundle/) load it.
import {mkdtemp, mkdir, symlink, cp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Copies test/fixtures/<fixture> into a temporary consumer project; returns its folder. */
export async function consumer(fixture, packages = []) {
  const dir = await mkdtemp(join(tmpdir(), `signpost-${fixture}-`));
  await mkdir(join(dir, 'node_modules/@signpost'), {recursive: true});
  await symlink(root, join(dir, 'node_modules/@signpost/widgets'), 'dir');
  for (const name of packages) await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  await cp(join(root, 'test/fixtures', fixture), dir, {recursive: true});
  return dir;
}

/** Builds `entry` of a consumer project into dist/<name>/main.js (production, minified); returns the code. */
export async function bundle(dir, entry, name, extra = {}) {
  const outDir = join(root, 'dist', name);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    ...extra,
    build: {outDir, emptyOutDir: true, minify: true, lib: {entry: join(dir, entry), formats: ['es'], fileName: () => 'main.js'}},
  });
  return readFile(join(outDir, 'main.js'), 'utf8');
}
