// Renders a kind's view the way the app does, with its answers kept in memory instead of storage.
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { ExerciseOf, KindName } from '../../src/content/types';
import type { Entry, Person } from '../../src/domain/records';
import type { AnswerWrite, Answers, KindViewProps } from '../../src/kinds/types';
import { MediaContext, type MediaPort } from '../../src/ui/mediaPort';
import { SupportModeContext } from '../../src/ui/modePort';
import { SpeechContext, type SpeechPort } from '../../src/ui/speechPort';

/**
 * Photos and voice notes kept in memory. The real port (downscaling, the microphone) is tested in
 * Chromium; here a picked file is kept as it is, and a "recording" is a few bytes.
 */
export function memoryMedia(): MediaPort & { readonly saved: Map<string, Blob> } {
  const saved = new Map<string, Blob>();
  const keep = (blob: Blob) => {
    const id = `media-${saved.size + 1}`;
    saved.set(id, blob);
    return { ok: true as const, id };
  };
  return {
    saved,
    loadBlob: async (id) => saved.get(id) ?? null,
    savePhoto: async (file) => (file.type.startsWith('image/') ? keep(file) : { ok: false, problem: 'notAnImage' }),
    startRecording: async () => ({ ok: true, recording: { stop: async () => keep(new Blob(['voice'], { type: 'audio/webm' })), cancel: () => undefined } }),
  };
}

let clock = 0;
const stamp = () => `2026-11-23T10:00:00.000Z_${(clock++).toString(16).padStart(4, '0')}`;

export function memberNamed(name: string, avatar: Person['avatar'] = 'avatar-cat'): Person {
  const s = stamp();
  return { id: name.toLowerCase(), groupId: 'g', name, colour: 'blue', avatar, role: 'participant', createdAt: s, updatedAt: s, deviceId: 'd', deleted: false };
}

/**
 * What the view saved, as the test sees it. Saving here is at once; quick taps that come before a save
 * is read back are tested through the app's own host and database (quickTaps.test.tsx).
 */
export class SavedAnswers {
  entries: Entry[] = [];
}

interface Props<K extends KindName> {
  readonly View: ComponentType<KindViewProps<K>>;
  readonly exercise: ExerciseOf<K>;
  readonly members: readonly Person[];
  readonly saved: SavedAnswers;
  readonly initialStep?: string | null;
  readonly speech?: SpeechPort;
  /** Answers of earlier exercises this one reads. */
  readonly sources?: readonly Entry[];
  readonly media?: MediaPort;
  /** Support-person mode is open (participants cannot remove anything). */
  readonly isSupport?: boolean;
}

export function KindHarness<K extends KindName>({ View, exercise, members, saved, initialStep = null, speech, sources = [], media, isSupport = false }: Props<K>) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [step, setStep] = useState<string | null>(initialStep);
  const save = (change: (previous: Entry[]) => Entry[]) =>
    setEntries((previous) => {
      const next = change(previous);
      saved.entries = next;
      return next;
    });
  const toEntry = (w: AnswerWrite): Entry => ({
    id: `g/${exercise.id}/${w.type}/${w.key}`,
    groupId: 'g',
    meetingId: 'm02',
    exerciseId: exercise.id,
    type: w.type,
    key: w.key,
    data: w.data,
    updatedAt: stamp(),
    deviceId: 'd',
    deleted: false,
  });
  const answers: Answers = {
    entries,
    draftKey: `g/m02/${exercise.id}`,
    put: async (...writes) => {
      const added = writes.map(toEntry);
      save((previous) => [...previous.filter((e) => !added.some((a) => a.id === e.id)), ...added]);
    },
    remove: async (type, key) => save((previous) => previous.filter((e) => !(e.type === type && e.key === key))),
    putUndoable: async (writes) => {
      const added = writes.map(toEntry);
      save((previous) => [...previous.filter((e) => !added.some((a) => a.id === e.id)), ...added]);
    },
  };
  const view = (
    <View
      exercise={exercise}
      members={members}
      answers={answers}
      sources={sources}
      step={step}
      onStep={setStep}
      links={{ group: '#/g/g', members: '#/g/g/members', rules: '#/g/g/rules', partners: '#/g/g/partners', newPartnerFrom: (key) => `#/g/g/partners/new/${exercise.id}/${key}` }}
    />
  );
  const withMedia = media ? <MediaContext.Provider value={media}>{view}</MediaContext.Provider> : view;
  const withMode = <SupportModeContext.Provider value={isSupport}>{withMedia}</SupportModeContext.Provider>;
  return speech ? <SpeechContext.Provider value={speech}>{withMode}</SpeechContext.Provider> : withMode;
}
