// The slideshow of meeting 6's presentation, built from the group's own answers: who we are, our
// goal, each part of our elevator pitch, a few of our photos, and thanks. Pure, so it is tested
// without a browser; the screen puts the words into the current language.
import type { PictogramId } from '../../content/pictogramId';
import type { Meeting, PitchQuestion } from '../../content/types';
import type { Entry, Person } from '../../domain/records';
import { goalRows, readGoal } from '../../kinds/cardBoard/goal';
import { pitchAnswers } from '../../kinds/pitchBuilder/model';
import type { Words } from '../../kinds/pitchBuilder/suggestions';
import { photoIdsIn } from '../diary/model';

/** At most this many photo slides: a few, so the show stays short. */
export const maxPhotoSlides = 4;

export type Slide =
  | { readonly kind: 'title'; readonly groupName: string; readonly members: readonly Person[] }
  | {
      readonly kind: 'goal';
      /** The goal card's words and its picture answers, in order. */
      readonly words: readonly Words[];
      /** The biggest picture: the card's photo, else its first picture answer, else the goal pictogram. */
      readonly photoId: string | null;
      readonly pictogram: PictogramId;
      readonly voiceId: string | null;
    }
  | {
      readonly kind: 'part';
      readonly questionId: string;
      /** The question ("Keitä me olemme?"), a content text key. */
      readonly questionKey: string;
      readonly pictogram: PictogramId;
      readonly text: string | null;
      /** The group's own voice note answering it: played when the slide is shown. */
      readonly voiceId: string | null;
      /** The group's drawing answering it: the slide's picture instead of the question's pictogram. */
      readonly drawingId: string | null;
    }
  | { readonly kind: 'photo'; readonly photoId: string; readonly n: number }
  | { readonly kind: 'thanks' };

export interface SlideInput {
  readonly groupName: string;
  readonly members: readonly Person[];
  /** Every answer of the group (removed ones are left out here). */
  readonly entries: readonly Entry[];
  /** The meetings, in order (the photos come in the meetings' order). */
  readonly meetings: readonly Meeting[];
  /** The exercises whose `goal` answer is the group's goal (meeting 4's boards). */
  readonly goalExerciseIds: readonly string[];
  /** The pitch exercise (meeting 6) and its questions, in order. */
  readonly pitch: { readonly exerciseId: string; readonly questions: readonly PitchQuestion[] } | null;
}

/**
 * The slides, in order: the title (the group's name and its members' pictures), the goal (if chosen),
 * each answered part of the pitch, up to 4 of the group's photos not shown yet, and thanks.
 */
export function buildSlides({ groupName, members, entries, meetings, goalExerciseIds, pitch }: SlideInput): Slide[] {
  const live = entries.filter((e) => !e.deleted);
  const slides: Slide[] = [{ kind: 'title', groupName, members: members.filter((m) => m.role === 'participant') }];
  const goalIds = new Set(goalExerciseIds);
  const goal = readGoal(live.filter((e) => goalIds.has(e.exerciseId)));
  if (goal) {
    const rows = goalRows(goal);
    const text = goal.card.text?.trim();
    const words: Words[] = [
      ...(text ? [{ text }] : []),
      ...rows.flatMap(({ choice, words: own }): Words[] => [...(choice ? [{ textKey: choice.textKey }] : []), ...(own ? [{ text: own }] : [])]),
    ];
    const firstChoice = rows.find((r) => r.choice)?.choice;
    slides.push({
      kind: 'goal',
      words,
      photoId: goal.card.photoId ?? null,
      pictogram: firstChoice?.pictogram ?? 'goal',
      voiceId: goal.card.voiceId ?? null,
    });
  }
  if (pitch) {
    const answers = pitchAnswers(live.filter((e) => e.exerciseId === pitch.exerciseId));
    for (const question of pitch.questions) {
      const answer = answers.get(question.id);
      const text = answer?.text?.trim() || null;
      const voiceId = answer?.voiceId ?? null;
      const drawingId = answer?.drawingId ?? null;
      if (!text && !voiceId && !drawingId) continue;
      slides.push({ kind: 'part', questionId: question.id, questionKey: question.textKey, pictogram: question.pictogram, text, voiceId, drawingId });
    }
  }
  const shown = new Set(slides.flatMap((s) => (s.kind === 'goal' ? [s.photoId] : s.kind === 'part' ? [s.drawingId] : []).filter((id) => id !== null)));
  const order = new Map(meetings.map((m, i) => [m.id as string, i]));
  const inOrder = [...live].sort((a, b) => (order.get(a.meetingId) ?? meetings.length) - (order.get(b.meetingId) ?? meetings.length));
  const photos = [...new Set(inOrder.flatMap((e) => photoIdsIn(e.data)))].filter((id) => !shown.has(id)).slice(0, maxPhotoSlides);
  photos.forEach((photoId, i) => slides.push({ kind: 'photo', photoId, n: i + 1 }));
  slides.push({ kind: 'thanks' });
  return slides;
}
