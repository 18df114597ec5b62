// Every step of every exercise of the ten meetings, as addresses: the screens the sweep opens.
// A step is kept in the address (kinds' onStep); these follow the step names each kind uses.
import { meetings } from '../../../src/content/meetings';
import type { Exercise } from '../../../src/content/types';
import { boardSteps } from '../../../src/kinds/cardBoard/model';

export interface SweepScreen {
  readonly meetingId: string;
  readonly exerciseId: string;
  readonly kind: string;
  /** null: the exercise's first screen. */
  readonly step: string | null;
}

const ids = (list: unknown): string[] => (Array.isArray(list) ? list.map((x: { id: string }) => x.id) : []);

function stepsOf(exercise: Exercise): (string | null)[] {
  const c = exercise.config as unknown as Record<string, unknown>;
  switch (exercise.kind) {
    case 'statementVote':
      return [...ids(c['statements']).map((_, i) => String(i)), 'results'];
    case 'cardBoard':
      return boardSteps(exercise.config as Parameters<typeof boardSteps>[0]).map((s) => (s === 'cards' ? null : s));
    case 'canvas':
      return [null, ...ids(c['sections']).map((id) => `section-${id}`), 'summary'];
    case 'questionRound':
      return [null, ...ids(c['questions']).flatMap((id) => [id, `${id}-together`]), 'all'];
    case 'praiseRound':
      return [null, 'everyone'];
    case 'skillsGrid':
      return [null, 'map'];
    case 'situationCards':
      return [null, ...ids(c['situations']).map((id) => `situation-${id}`), 'helpers'];
    case 'pitchBuilder':
      return [null, ...ids(c['questions']).flatMap((id) => [`question-${id}`, `ask-${id}`, `answer-${id}`]), 'pitch', 'pair-done'];
    case 'fieldNotes':
      return [null, 'new'];
    case 'form':
    case 'certificate':
      return [null, 'edit'];
    case 'agreement':
      return [null, 'summary'];
    case 'feedbackKiosk':
      // The kiosk's visitor screens lock the tablet; the sweep sees the support view and the summary.
      return [null];
    default:
      return [null];
  }
}

export const sweepScreens: readonly SweepScreen[] = meetings.flatMap((m) =>
  m.exercises.flatMap((exercise) => stepsOf(exercise).map((step) => ({ meetingId: m.id, exerciseId: exercise.id, kind: exercise.kind, step }))),
);

export const screenAddress = (groupId: string, s: SweepScreen): string =>
  `/#/g/${groupId}/m/${s.meetingId}/e/${encodeURIComponent(s.exerciseId)}${s.step === null ? '' : `/${encodeURIComponent(s.step)}`}`;
