// The app's own offline voice: eSpeak NG (GPL-3.0-or-later) through @echogarden/espeak-ng-emscripten.
// The package holds the data of every language (24 MB); the app speaks Finnish, Swedish and English,
// so only the files those three voices open are kept (about 0.9 MB). Writes public/voice/ (git-ignored):
//   espeak-ng.mjs  the engine (an ES module), its file list rewritten to match the trimmed data
//   espeak-ng.data the trimmed data package
// Run by the pictograms, dev and build scripts; it does nothing when the output is up to date.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'public', 'voice');
const packageDir = dirname(createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten/package.json'));
const sourceJs = join(packageDir, 'espeak-ng.js');
const sourceData = join(packageDir, 'espeak-ng.data');
const outJs = join(out, 'espeak-ng.mjs');
const outData = join(out, 'espeak-ng.data');

/** Every file eSpeak NG opens to speak fi, sv and en (traced with FS.open; it also looks for an optional `config`, not in the package). */
const dataDir = '/usr/share/espeak-ng-data/';
const kept = ['phontab', 'phonindex', 'phondata', 'intonations', 'fi_dict', 'sv_dict', 'en_dict', 'lang/urj/fi', 'lang/gmq/sv', 'lang/gmw/en'];

const upToDate = () =>
  existsSync(outJs) && existsSync(outData) && [sourceJs, sourceData, new URL(import.meta.url).pathname].every((f) => statSync(f).mtimeMs <= statSync(outJs).mtimeMs);

if (upToDate() && !process.argv.includes('--force')) process.exit(0);

const js = readFileSync(sourceJs, 'utf8');
const data = readFileSync(sourceData);
const metadata = /loadPackage\(\{files:\[(.*?)\],remote_package_size:(\d+)\}\)/s.exec(js);
if (!metadata) throw new Error('build-voice: the file list (loadPackage) was not found in espeak-ng.js');
const files = [...metadata[1].matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)\}/g)].map((m) => ({ filename: m[1], start: Number(m[2]), end: Number(m[3]) }));
if (Number(metadata[2]) !== data.length) throw new Error('build-voice: espeak-ng.data does not match the size espeak-ng.js expects');

const parts = [];
let offset = 0;
const entries = kept.map((name) => {
  const file = files.find((f) => f.filename === dataDir + name);
  if (!file) throw new Error(`build-voice: ${name} is not in the eSpeak NG data`);
  const bytes = data.subarray(file.start, file.end);
  parts.push(bytes);
  const entry = `{filename:"${file.filename}",start:${offset},end:${offset + bytes.length}}`;
  offset += bytes.length;
  return entry;
});
const trimmedJs = js.replace(metadata[0], () => `loadPackage({files:[${entries.join(',')}],remote_package_size:${offset}})`);

mkdirSync(out, { recursive: true });
writeFileSync(outData, Buffer.concat(parts));
writeFileSync(outJs, `// eSpeak NG, GPL-3.0-or-later (https://github.com/espeak-ng/espeak-ng), built by the Echogarden project\n// (https://github.com/echogarden-project/espeak-ng-emscripten); data trimmed to fi, sv, en by scripts/build-voice.mjs.\n${trimmedJs}`);
console.log(`voice: ${kept.length} data files, ${(offset / 1024).toFixed(0)} KB data, ${(statSync(outJs).size / 1024).toFixed(0)} KB engine → public/voice/`);
