// "Avaimet kertovat": each member's photo (their keys, or anything they carry) and their story.
import * as v from 'valibot';
import type { Entry } from '../../domain/records';
import type { AnswerWrite, Progress } from '../types';

const id = v.pipe(v.string(), v.maxLength(64));

/** Saved per member: key = person id. DO NOT CHANGE without a migration. */
export const storySchema = v.object({
  photoId: v.optional(id),
  voiceId: v.optional(id),
  text: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});
export type Story = v.InferOutput<typeof storySchema>;

export function storiesByPerson(entries: readonly Entry[]): ReadonlyMap<string, Story> {
  const stories = new Map<string, Story>();
  for (const entry of entries) {
    if (entry.type === 'story' && v.is(storySchema, entry.data)) stories.set(entry.key, entry.data);
  }
  return stories;
}

/** The member's story with one part changed (an empty text removes the text). */
export function storyWrite(personId: string, story: Story | undefined, change: Partial<Story>): AnswerWrite {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...story, ...change })) {
    if (typeof value === 'string' && value.trim() !== '') next[key] = value.trim();
  }
  return { type: 'story', key: personId, data: next };
}

/** The parts of a story that are media: a support person can take them out. */
export type StoryMedia = 'photoId' | 'voiceId';

/** Takes the photo or the voice note out of a member's story; `undo` puts the story back as it was. */
export function removeMediaWrites(personId: string, story: Story | undefined, part: StoryMedia): { readonly write: AnswerWrite; readonly undo: AnswerWrite } | null {
  if (!story?.[part]) return null;
  const write = storyWrite(personId, story, part === 'photoId' ? { photoId: '' } : { voiceId: '' });
  return { write, undo: { type: 'story', key: personId, data: { ...story } } };
}

export const hasContent = (story: Story | undefined): boolean => Boolean(story?.photoId || story?.voiceId || story?.text);

export function storyProgress(entries: readonly Entry[]): Progress {
  return [...storiesByPerson(entries).values()].some(hasContent) ? 'done' : 'not-started';
}
