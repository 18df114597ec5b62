/**
 * Runs `task` for every item, at most `limit` of them at once, and settles when all are done. The first
 * failure rejects at once, and no new task starts after it (those already running finish on their own).
 */
export async function eachAtMost<T>(items: Iterable<T>, limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  const queue = [...items];
  let next = 0;
  let hasFailed = false;
  const runner = async (): Promise<void> => {
    while (!hasFailed && next < queue.length) {
      const item = queue[next] as T;
      next += 1;
      try {
        await task(item);
      } catch (error) {
        hasFailed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, queue.length)) }, runner));
}
