// A form's unsaved words and choices, kept in the tab's session storage, so a reload — or a tablet
// that drops the page from memory outdoors — does not lose them. Cleared when the form is saved or
// cancelled. Read back through a schema: anything else found there is ignored.
import { useState } from 'preact/hooks';
import * as v from 'valibot';

const storageKey = (key: string) => `porukka-draft:${key}`;

function readDraft<T>(key: string, schema: v.GenericSchema<T>): T | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey(key));
    if (raw === null) return undefined;
    const parsed = v.safeParse(schema, JSON.parse(raw));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(storageKey(key), JSON.stringify(value));
  } catch {
    // Storage full or not allowed: the draft lives only on screen, as before.
  }
}

export type DraftUpdate<T> = T | ((previous: T) => T);

/** Like useState, but kept through a reload of the tab: [value, set, clear]. */
export function useDraft<T>(key: string, schema: v.GenericSchema<T>, empty: T): [T, (update: DraftUpdate<T>) => void, () => void] {
  const [value, setValue] = useState<T>(() => readDraft(key, schema) ?? empty);
  const set = (update: DraftUpdate<T>) =>
    setValue((previous) => {
      const next = typeof update === 'function' ? (update as (previous: T) => T)(previous) : update;
      writeDraft(key, next);
      return next;
    });
  const clear = () => {
    try {
      sessionStorage.removeItem(storageKey(key));
    } catch {
      // Nothing kept, nothing to clear.
    }
    setValue(empty);
  };
  return [value, set, clear];
}
