/** Packs dist/chrome and dist/firefox into release zips (dist/rapport-<version>-<browser>.zip). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pkg from '../package.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '..');
for (const target of ['chrome', 'firefox']) {
  const dir = path.join(root, 'dist', target);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`missing build: ${dir}`);
  const zip = path.join(root, 'dist', `rapport-${pkg.version}-${target}.zip`);
  fs.rmSync(zip, { force: true });
  // web-ext's builder zips a directory deterministically and is already a dependency.
  execFileSync(path.join(root, 'node_modules/.bin/web-ext'), ['build', '--source-dir', dir, '--artifacts-dir', path.dirname(zip), '--filename', path.basename(zip), '--overwrite-dest', '--no-config-discovery'], { stdio: 'ignore' });
  console.log(`${path.relative(root, zip)} (${(fs.statSync(zip).size / 1024).toFixed(0)} kB)`);
}
