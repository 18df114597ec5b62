import { describe, expect, it } from 'vitest';
import { meetings } from '../../src/content/meetings';
import type { KindName } from '../../src/content/types';
import { checklistProgress, tickedItems, toggleWrite } from '../../src/kinds/checklist/model';
import { infoProgress, seenWrite } from '../../src/kinds/info/model';
import { kindOf, kinds, progressOf } from '../../src/kinds/registry';
import { entry } from './fixtures';

const m02 = meetings[1]!;
const config = m02.supportChecklist;
const items = config.sections.flatMap((s) => s.items);

describe('checklist', () => {
  it('ticks and unticks by saving the new state', () => {
    const first = items[0]!;
    const ticked = [entry('m02-support', 'tick', first.id, toggleWrite(first.id, false).data)];
    expect(tickedItems(ticked).has(first.id)).toBe(true);
    const unticked = [entry('m02-support', 'tick', first.id, toggleWrite(first.id, true).data)];
    expect(tickedItems(unticked).has(first.id)).toBe(false);
  });

  it('is done when every row is ticked', () => {
    expect(checklistProgress(config, [])).toBe('not-started');
    const some = [entry('x', 'tick', items[0]!.id, { ticked: true })];
    expect(checklistProgress(config, some)).toBe('started');
    const all = items.map((item) => entry('x', 'tick', item.id, { ticked: true }));
    expect(checklistProgress(config, all)).toBe('done');
  });
});

describe('info', () => {
  it('is done once seen', () => {
    expect(infoProgress([])).toBe('not-started');
    expect(infoProgress([entry('m01-what-is', seenWrite.type, seenWrite.key, seenWrite.data)])).toBe('done');
  });
});

describe('kinds registry', () => {
  const built = Object.keys(kinds) as KindName[];

  it('has every kind built, with a schema for every answer type it saves', () => {
    for (const name of built) {
      const kind = kindOf(name);
      expect(kind, name).toBeDefined();
      expect(Object.keys(kind!.entrySchemas).length).toBeGreaterThan(0);
    }
  });

  it('has every exercise of every meeting built: none is "coming soon", each starts as not started', () => {
    const exercises = meetings.flatMap((meeting) => meeting.exercises);
    expect(exercises.length).toBeGreaterThanOrEqual(40);
    for (const exercise of exercises) {
      expect(kindOf(exercise.kind), exercise.id).toBeDefined();
      expect(progressOf(exercise, []), exercise.id).toBe('not-started');
    }
  });

  it('loads each built kind’s view on demand', async () => {
    for (const name of built) {
      const { View } = await kindOf(name)!.loadView();
      expect(typeof View).toBe('function');
    }
  });
});

describe('meetings 1–10', () => {
  it('have no exercise left "coming soon"', () => {
    for (const meeting of meetings) {
      for (const exercise of meeting.exercises) expect(progressOf(exercise, []), exercise.id).not.toBe('coming-soon');
    }
  });
});
