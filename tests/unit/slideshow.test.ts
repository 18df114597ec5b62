// Meeting 6's presentation: the slides are built from the group's own answers (pure, no browser).
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/content/lookup';
import { meetings } from '../../src/content/meetings';
import { goalExerciseIds } from '../../src/content/outcomes';
import type { Entry } from '../../src/domain/records';
import { buildSlides, maxPhotoSlides, type SlideInput } from '../../src/app/slideshow/slides';
import { entry, person } from './fixtures';

const at = (e: Entry, meetingId: Entry['meetingId']): Entry => ({ ...e, meetingId });
const pitchExercise = findExercise('m06-pitch')!.exercise;
if (pitchExercise.kind !== 'pitchBuilder') throw new Error('m06-pitch is the pitch builder');
const pitch = { exerciseId: pitchExercise.id, questions: pitchExercise.config.questions };

const goal = at(
  entry('m04-idea-storm', 'goal', 'goal', {
    ref: 'm04-idea-storm/c1',
    exerciseId: 'm04-idea-storm',
    card: { areaId: 'wishes', text: 'Tanssi-ilta', choices: { what: 'dance' }, photoId: 'goal-photo', createdAt: 1 },
  }),
  'm04',
);
const answer = (questionId: string, data: { text?: string; voiceId?: string; drawingId?: string }) => at(entry('m06-pitch', 'answer', questionId, data), 'm06');
const card = (key: string, photoId: string, meetingId: Entry['meetingId']) =>
  at(entry(meetingId === 'm03' ? 'm03-wishes' : 'm04-idea-storm', 'card', key, { areaId: 'wishes', photoId, createdAt: 2 }), meetingId);

const input = (entries: Entry[]): SlideInput => ({
  groupName: 'Tanssiporukka',
  members: [person('anna', { name: 'Anna' }), person('ben', { name: 'Ben' }), person('sari', { name: 'Sari', role: 'support' })],
  entries,
  meetings,
  goalExerciseIds: goalExerciseIds(),
  pitch,
});

describe('the slideshow', () => {
  it('goes: title, goal, each answered pitch part in order, photos not shown yet, thanks', () => {
    const slides = buildSlides(
      input([
        answer('why', { text: 'Tanssi on kivaa.' }),
        answer('who', { text: 'Me olemme Anna ja Ben.' }),
        answer('help', { voiceId: 'voice-help' }),
        answer('what', { drawingId: 'drawing-what' }),
        goal,
        card('c2', 'photo-b', 'm04'),
        card('c1', 'photo-a', 'm03'),
        card('c3', 'goal-photo', 'm04'),
      ]),
    );
    expect(slides.map((s) => s.kind)).toEqual(['title', 'goal', 'part', 'part', 'part', 'part', 'photo', 'photo', 'thanks']);
    const [title, goalSlide] = slides;
    expect(title).toMatchObject({ kind: 'title', groupName: 'Tanssiporukka' });
    // The title shows the participants; support persons are not on the stage.
    expect(title?.kind === 'title' && title.members.map((m) => m.name)).toEqual(['Anna', 'Ben']);
    expect(goalSlide).toEqual({
      kind: 'goal',
      words: [{ text: 'Tanssi-ilta' }, { textKey: 'exercises.m04-idea-storm.fields.what.choices.dance' }],
      photoId: 'goal-photo',
      pictogram: 'dance',
      voiceId: null,
    });
    const parts = slides.filter((s) => s.kind === 'part');
    expect(parts.map((s) => [s.questionId, s.text, s.voiceId, s.drawingId])).toEqual([
      ['who', 'Me olemme Anna ja Ben.', null, null],
      ['what', null, null, 'drawing-what'],
      ['why', 'Tanssi on kivaa.', null, null],
      ['help', null, 'voice-help', null],
    ]);
    expect(parts[0]).toMatchObject({ questionKey: 'exercises.m06-pitch.questions.who', pictogram: 'group' });
    // Photos in the meetings' order; the goal's photo and the pitch's drawing are already on their slides.
    expect(slides.filter((s) => s.kind === 'photo')).toEqual([
      { kind: 'photo', photoId: 'photo-a', n: 1 },
      { kind: 'photo', photoId: 'photo-b', n: 2 },
    ]);
  });

  it('has a title and thanks even before the goal and the pitch; removed answers stay out', () => {
    const removed = { ...answer('who', { text: 'Poistettu' }), deleted: true };
    expect(buildSlides(input([removed])).map((s) => s.kind)).toEqual(['title', 'thanks']);
    expect(buildSlides({ ...input([answer('who', { text: 'Me' })]), pitch: null }).map((s) => s.kind)).toEqual(['title', 'thanks']);
  });

  it('shows a few photos only, and a goal without a photo shows its picture answer', () => {
    const photos = Array.from({ length: 7 }, (_, i) => card(`c${i}`, `photo-${i}`, 'm04'));
    const noPhotoGoal = at(
      entry('m04-idea-storm', 'goal', 'goal', { ref: 'x', exerciseId: 'm04-idea-storm', card: { areaId: 'wishes', voiceId: 'goal-voice', createdAt: 1 } }),
      'm04',
    );
    const slides = buildSlides(input([...photos, noPhotoGoal]));
    expect(slides.filter((s) => s.kind === 'photo')).toHaveLength(maxPhotoSlides);
    expect(slides[1]).toEqual({ kind: 'goal', words: [], photoId: null, pictogram: 'goal', voiceId: 'goal-voice' });
  });
});
