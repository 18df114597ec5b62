// Files of every released format version must import forever.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeGroupFile } from '../../src/app/transfer/importGroupFile';
import { readGroupFile } from '../../src/app/transfer/readGroupFile';
import { db, useDatabase } from '../../src/storage/db';
import { answerSamples } from '../fixtures/answerSamples';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('format version 1 files', () => {
  it('import into an empty tablet with everything in them', async () => {
    useDatabase('fixture-v1');
    const outcome = await readGroupFile(fixture('group-v1.porukka.json'));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const merged = await mergeGroupFile(outcome.file);
    expect(merged.ok).toBe(true);
    expect((await db().groups.toArray()).map((g) => g.name)).toEqual(['Fixtuuriporukka']);
    expect((await db().people.toArray()).map((p) => [p.name, p.deleted]).sort()).toEqual([['Anna', false], ['Ben', true]]);
    expect(await db().entries.count()).toBe(answerSamples.length);
    const photo = (await db().media.toArray()).find((m) => m.mediaType === 'photo');
    expect(photo?.blob.size).toBeGreaterThan(0);
    expect(photo?.blob.type).toBe('image/jpeg');
  });

  it('protected with a password still open with it', async () => {
    useDatabase('fixture-v1-password');
    const outcome = await readGroupFile(fixture('group-v1-password.porukka.json'), 'porukka-testi');
    expect(outcome.ok && outcome.file.records.entries.length).toBe(answerSamples.length);
  }, 20_000);
});
