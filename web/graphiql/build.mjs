// Builds GraphiQL for Latchkey into dist/: one JavaScript file and one
// stylesheet, named by their content's hash, and manifest.json, which names
// them for the Go server that embeds dist/. Then it writes PROVENANCE.md:
// each package the bundle holds, its version and the lockfile's integrity
// hash, and the sha256 of each built file. The same package-lock.json gives
// the same bytes, which CI checks by rebuilding.
import { readFile, rm, writeFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import { writeProvenance } from '../provenance.mjs';

// GraphiQL's stylesheet carries its web fonts (Roboto, Fira Code) inline as
// data: URLs, 360 kB of the 420 kB; the page uses the system's fonts
// instead, and its Content-Security-Policy need not allow data: fonts.
const withoutWebFonts = {
  name: 'without-web-fonts',
  setup(build) {
    build.onLoad({ filter: /[\\/]graphiql[\\/]dist[\\/]style\.css$/ }, async (args) => {
      const css = await readFile(args.path, 'utf8');
      const stripped = css.replace(/@font-face\s*\{[^}]*\}/g, '');
      if (stripped === css) throw new Error(`no @font-face rules in ${args.path}: check what GraphiQL's stylesheet loads`);
      return { contents: stripped, loader: 'css' };
    });
  },
};

await rm('dist', { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: { graphiql: 'src/main.jsx' },
  outdir: 'dist',
  entryNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  metafile: true,
  plugins: [withoutWebFonts],
  logLevel: 'warning',
});

const built = Object.keys(result.metafile.outputs).map((p) => p.replace(/^dist\//, '')).sort();
const js = built.filter((f) => f.endsWith('.js'));
const css = built.filter((f) => f.endsWith('.css'));
if (js.length !== 1 || css.length !== 1 || built.length !== 2) {
  throw new Error(`expected one .js and one .css, built ${built.join(', ')}`);
}
for (const f of built) {
  const text = await readFile(`dist/${f}`, 'utf8');
  // Nothing may be loaded from elsewhere: no url() but data: ones in the
  // stylesheet, no @import.
  if (f.endsWith('.css') && (/@import/.test(text) || /url\(\s*["']?(?!data:)/.test(text))) {
    throw new Error(`${f} loads something from elsewhere`);
  }
}
await writeFile('dist/manifest.json', `${JSON.stringify({ script: js[0], stylesheet: css[0] }, null, 2)}\n`);

const packages = await writeProvenance({ project: 'web/graphiql', metafile: result.metafile, files: [...built, 'manifest.json'] });
console.log(`built ${built.join(', ')} from ${packages} packages`);
