import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { startBoards } from '../../src/content/startBoards';
import type { Entry } from '../../src/domain/records';
import { choiceSchema, chosenOptions, choiceProgress, ownOptions, ownOptionWrite, toggleChoiceWrite } from '../../src/kinds/choiceBoard/model';
import type { AnswerWrite } from '../../src/kinds/types';
import { entry } from './fixtures';

const manifest = JSON.parse(readFileSync(new URL('../../pictograms/manifest.json', import.meta.url), 'utf8')) as Record<string, string>;
const load = (lng: string) => JSON.parse(readFileSync(new URL(`../../locales/${lng}/content.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
const lookup = (tree: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);

/** Applies writes the way storage does: one record per type + key, the last write wins. */
function saved(exerciseId: string, ...writes: (AnswerWrite | null)[]): Entry[] {
  const byId = new Map<string, Entry>();
  for (const w of writes) if (w) byId.set(`${w.type}/${w.key}`, entry(exerciseId, w.type, w.key, w.data));
  return [...byId.values()];
}

const safeId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('getting-started boards (Sovimme yhdessä)', () => {
  it('has the eleven boards of the neighbourhood circle, in order, with safe unique ids', () => {
    const ids = startBoards.map((b) => b.id);
    expect(ids).toEqual([
      'start-who-comes',
      'start-free-place',
      'start-coffee',
      'start-network',
      'start-cleaning',
      'start-use-of-time',
      'start-how-often',
      'start-who-leads',
      'start-planning',
      'start-principles',
      'start-growing',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(safeId);
  });

  it('gives each board its own-option field and options with safe ids, unique within the board', () => {
    for (const board of startBoards) {
      expect(board.kind).toBe('choiceBoard');
      expect(board.config.allowsOwn, board.id).toBe(true);
      const optionIds = board.config.options.map((o) => o.id);
      expect(optionIds.length, board.id).toBeGreaterThanOrEqual(3);
      expect(new Set(optionIds).size, board.id).toBe(optionIds.length);
      for (const id of optionIds) expect(id, board.id).toMatch(safeId);
    }
  });

  it('keeps every text under the board: title, question and one text per option', () => {
    for (const board of startBoards) {
      expect(board.titleKey).toBe(`exercises.${board.id}.title`);
      expect(board.config.questionKey).toBe(`exercises.${board.id}.question`);
      for (const o of board.config.options) expect(o.textKey).toBe(`exercises.${board.id}.options.${o.id}`);
    }
  });

  it.each(['fi', 'sv', 'en'])('has every text of the boards in %s, and no option text without an option', (lng) => {
    const content = load(lng);
    for (const board of startBoards) {
      const keys = [board.titleKey, board.config.questionKey, ...board.config.options.map((o) => o.textKey)];
      for (const key of keys) {
        const text = lookup(content, key);
        expect(text, `${lng}: ${key}`).toBeTypeOf('string');
        expect((text as string).trim(), `${lng}: ${key}`).not.toBe('');
      }
      const texts = lookup(content, `exercises.${board.id}.options`) as Record<string, unknown>;
      expect(Object.keys(texts).sort(), `${lng}: ${board.id}`).toEqual(board.config.options.map((o) => o.id).sort());
    }
  });

  it('names only pictograms that are in the manifest', () => {
    for (const board of startBoards) {
      expect(manifest[board.pictogram], board.id).toBeTypeOf('string');
      for (const o of board.config.options) expect(manifest[o.pictogram], `${board.id}: ${o.id}`).toBeTypeOf('string');
    }
  });

  it.each(startBoards.map((b) => [b.id, b] as const))('%s: choosing, unchoosing and an own option work with the choice board model', (id, board) => {
    const [first, second] = board.config.options;
    expect(second).toBeDefined();
    expect(choiceProgress(saved(id))).toBe('not-started');

    const chooseFirst = toggleChoiceWrite(first!.id, false);
    const chooseSecond = toggleChoiceWrite(second!.id, false);
    const unchooseFirst = toggleChoiceWrite(first!.id, true);
    const own = ownOptionWrite('  Oma vaihtoehto  ', 7);
    let entries = saved(id, chooseFirst, chooseSecond);
    expect(chosenOptions(entries)).toEqual(new Set([first!.id, second!.id]));

    entries = saved(id, chooseFirst, chooseSecond, unchooseFirst, own);
    expect(chosenOptions(entries)).toEqual(new Set([second!.id]));
    expect(ownOptions(entries)).toEqual([{ key: own!.key, text: 'Oma vaihtoehto', createdAt: 7 }]);
    expect(choiceProgress(entries)).toBe('done');

    expect(choiceProgress(saved(id, chooseFirst, unchooseFirst))).toBe('not-started');
    expect(choiceProgress(saved(id, own))).toBe('done');
  });

  it.each(startBoards.map((b) => [b.id, b] as const))('%s: every option id round-trips through the saved choice', (id, board) => {
    const writes = board.config.options.map((o) => toggleChoiceWrite(o.id, false));
    for (const w of writes) expect(v.is(choiceSchema, w.data), `${id}: ${w.key}`).toBe(true);
    const entries = saved(id, ...writes);
    expect(chosenOptions(entries)).toEqual(new Set(board.config.options.map((o) => o.id)));
    const back = JSON.parse(JSON.stringify(entries)) as Entry[];
    expect([...chosenOptions(back)].sort()).toEqual(board.config.options.map((o) => o.id).sort());
  });
});
