// Writes PROVENANCE.md for a web build: each package the bundle holds,
// its version, license and the lockfile's integrity hash, and the sha256
// of each built file. Shared by the builds of web/graphiql and web/ui; it
// uses Node's standard library only.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * writeProvenance writes PROVENANCE.md in the working directory (the
 * project called project, such as "web/ui") from esbuild's metafile and
 * the built files (names under dist/, manifest.json included).
 */
export async function writeProvenance({ project, metafile, files }) {
  const lockText = await readFile('package-lock.json');
  const lock = JSON.parse(lockText.toString('utf8'));
  const bundled = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (m) bundled.add(m[1]);
  }
  // A package nested under another's node_modules is named "outer › inner".
  const name = (path) => path.replace(/^node_modules\//, '').replaceAll('/node_modules/', ' › ');
  const rows = [...bundled].sort((a, b) => (name(a) < name(b) ? -1 : 1)).map((path) => {
    const entry = lock.packages[path];
    if (!entry) throw new Error(`${path} is bundled but not in package-lock.json`);
    return `| ${name(path)} | ${entry.version} | ${entry.license ?? ''} | \`${entry.integrity}\` |`;
  });
  const sums = [];
  for (const f of files) {
    const bytes = await readFile(`dist/${f}`);
    sums.push(`| dist/${f} | ${bytes.length} | \`${sha256(bytes)}\` |`);
  }
  await writeFile('PROVENANCE.md', `# What dist/ holds

Written by \`npm run build\` (build.mjs); do not edit. Rebuild with
\`npm ci && npm run build\` in ${project}.

## Bundled packages

Every package that esbuild ${lock.packages['node_modules/esbuild'].version} read into the bundle, as
package-lock.json (sha256 \`${sha256(lockText)}\`) pins it.

| package | version | license | integrity (package-lock.json) |
|---|---|---|---|
${rows.join('\n')}

## Built files

| file | bytes | sha256 |
|---|---|---|
${sums.join('\n')}
`);
  return rows.length;
}
