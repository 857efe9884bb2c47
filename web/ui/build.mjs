// Builds the console and the connect widget into dist/, named by their
// content's hash: console-*.js/css (the page at /console), connect-*.js/css
// (the widget's page at /connect), embed-*.js (what /connect.js serves to
// customers' pages) and oauth-*.js (the page a hosted OAuth connect ends on,
// which takes the widget's stylesheet), then manifest.json, which names them for the Go
// server that embeds dist/, and PROVENANCE.md. The same package-lock.json
// gives the same bytes, which CI checks by rebuilding.
import { readFile, rm, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import { writeProvenance } from '../provenance.mjs';

await rm('dist', { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: { console: 'src/console/main.tsx', connect: 'src/connect/main.tsx', embed: 'src/embed/connect.ts', oauth: 'src/oauth/main.ts' },
  outdir: 'dist',
  entryNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
});

const built = Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')).sort();
const one = (prefix, ext) => {
  const names = built.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(ext));
  if (names.length !== 1) throw new Error(`expected one ${prefix}-*${ext}, built ${built.join(', ')}`);
  return names[0];
};
const manifest = {
  console: { script: one('console', '.js'), stylesheet: one('console', '.css') },
  connect: { script: one('connect', '.js'), stylesheet: one('connect', '.css') },
  embed: one('embed', '.js'),
  oauth: { script: one('oauth', '.js') },
};
if (built.length !== 6) throw new Error(`expected 6 files, built ${built.join(', ')}`);
for (const f of built) {
  const text = await readFile(`dist/${f}`, 'utf8');
  // Nothing may be loaded from elsewhere: no url() and no @import in the
  // stylesheets.
  if (f.endsWith('.css') && (/@import/.test(text) || /url\(/.test(text))) {
    throw new Error(`${f} loads something from elsewhere`);
  }
}
await writeFile('dist/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
const packages = await writeProvenance({ project: 'web/ui', metafile: result.metafile, files: [...built, 'manifest.json'] });
console.log(`built ${built.join(', ')} from ${packages} packages`);
