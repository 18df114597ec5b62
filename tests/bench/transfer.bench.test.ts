// Run by `npm run bench` (not by `npm test`): export and import + merge of a 10,000-record group in
// Node, on fake-indexeddb. Writes its figures to the file named by BENCH_OUT.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildGroupFile } from '../../src/app/transfer/buildGroupFile';
import { mergeGroupFile, previewGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { useDatabase } from '../../src/storage/db';
// @ts-expect-error a plain JavaScript helper shared with scripts/bench.mjs
import { benchGroupFile } from '../../scripts/bench-group-file.mjs';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

it('measures export and import of a 10,000-record group', async () => {
  const runs = { read: [] as number[], preview: [] as number[], merge: [] as number[], exportFile: [] as number[] };
  for (let run = 0; run < 5; run += 1) {
    useDatabase(`bench-${run}`);
    const text = benchGroupFile(10_000) as string;
    let t = performance.now();
    const outcome = await readGroupFile(text);
    runs.read.push(performance.now() - t);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    t = performance.now();
    await previewGroupFile(outcome.file);
    runs.preview.push(performance.now() - t);
    t = performance.now();
    const merged = await mergeGroupFile(outcome.file);
    runs.merge.push(performance.now() - t);
    expect(merged.ok).toBe(true);
    t = performance.now();
    await buildGroupFile(null);
    runs.exportFile.push(performance.now() - t);
  }
  const out = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.round(median(v))]));
  if (process.env['BENCH_OUT']) writeFileSync(process.env['BENCH_OUT'], JSON.stringify(out));
}, 300_000);
