import { describe, expect, it } from 'vitest';
import { eachAtMost } from '../../src/services/offline/eachAtMost';

/** A task whose runs the test ends one by one, counting how many run at once. */
function controlledTasks() {
  const waiting: { item: number; finish: (ok: boolean) => void }[] = [];
  const started: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const task = (item: number) =>
    new Promise<void>((resolve, reject) => {
      started.push(item);
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      waiting.push({ item, finish: (ok) => { running -= 1; if (ok) resolve(); else reject(new Error(`file ${item} failed`)); } });
    });
  /** Ends the oldest running task (lets the runners take the next item first). */
  const finishOldest = async (ok = true) => {
    waiting.shift()?.finish(ok);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { task, started, waiting, finishOldest, mostAtOnce: () => mostAtOnce };
}

describe('eachAtMost: the service worker stores the app\u2019s files six at a time', () => {
  it('runs every item once, never more than the limit at once, and starts the next as one ends', async () => {
    const { task, started, waiting, finishOldest, mostAtOnce } = controlledTasks();
    const items = Array.from({ length: 14 }, (_, i) => i);
    let isDone = false;
    const all = eachAtMost(items, 6, task).then(() => (isDone = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    await finishOldest();
    expect(started).toHaveLength(7);
    while (waiting.length > 0) await finishOldest();
    await all;
    expect(isDone).toBe(true);
    expect([...started].sort((a, b) => a - b)).toEqual(items);
    expect(mostAtOnce()).toBe(6);
  });

  it('fails with the first failure and starts nothing after it (the install fails, as Workbox\u2019s does)', async () => {
    const { task, started, waiting, finishOldest } = controlledTasks();
    const all = eachAtMost(Array.from({ length: 10 }, (_, i) => i), 3, task);
    const outcome = all.then(() => 'stored', (error: Error) => error.message);
    await new Promise((r) => setTimeout(r, 0));
    await finishOldest(false);
    while (waiting.length > 0) await finishOldest();
    expect(await outcome).toBe('file 0 failed');
    expect(started).toEqual([0, 1, 2]);
  });

  it('is done at once with nothing to do', async () => {
    await expect(eachAtMost([], 6, () => Promise.reject(new Error('not called')))).resolves.toBeUndefined();
  });
});
