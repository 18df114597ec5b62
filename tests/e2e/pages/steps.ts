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
  /** Members take turns here: tap a picture, choose, Valmis. */
  readonly hasTurns: boolean;
  /** Screens with the same signature look alike (the check-in of every meeting): one turn check does for all. */
  readonly signature: string;
  /** Screens built alike (the statements of the vote, the check-ins): axe on one of them does for all. */
  readonly build: string;
  /** A screen of the group outside the meetings: its address after the group's (e.g. "todos"). */
  readonly groupPath?: string;
}

/** Stands for the first member's id in an address (the praise round's holder). */
const memberStep = '@member';

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
      // Choose who is praised, then the others' turns while that member holds the tablet.
      return [null, memberStep, 'everyone'];
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

function hasTurns(exercise: Exercise, step: string | null): boolean {
  switch (exercise.kind) {
    case 'moodCheckIn':
    case 'skillsGrid':
      return step === null;
    case 'statementVote':
      return step !== 'results';
    case 'cardBoard':
      return step === 'vote';
    case 'questionRound':
      return step !== null && step !== 'all' && !step.endsWith('-together');
    case 'praiseRound':
      return step === memberStep;
    default:
      return false;
  }
}

export const sweepScreens: readonly SweepScreen[] = meetings.flatMap((m) =>
  m.exercises.flatMap((exercise) =>
    stepsOf(exercise).map((step) => ({
      meetingId: m.id,
      exerciseId: exercise.id,
      kind: exercise.kind,
      step,
      hasTurns: hasTurns(exercise, step),
      signature: `${exercise.kind}:${JSON.stringify(exercise.config)}:${step}`,
      build: `${exercise.kind}:${JSON.stringify(exercise.config)}:${exercise.kind === 'statementVote' && step !== 'results' ? 'statement' : step}`,
    })),
  ),
);

/**
 * The group's own screens a participant uses outside the meetings: the group page, our jobs, the
 * slideshow (its first slide: the people) and the rules (read-only for participants).
 */
const groupScreens: readonly SweepScreen[] = ['', 'todos', 'slides', 'rules', 'diary'].map((groupPath) => ({
  meetingId: 'group',
  exerciseId: groupPath || 'group-page',
  kind: 'groupScreen',
  step: null,
  hasTurns: false,
  signature: `group:${groupPath}`,
  build: `group:${groupPath}`,
  groupPath,
}));

export const allSweepScreens: readonly SweepScreen[] = [...groupScreens, ...sweepScreens];

export const screenAddress = (groupId: string, memberId: string, s: SweepScreen): string => {
  if (s.groupPath !== undefined) return `/#/g/${groupId}${s.groupPath ? `/${s.groupPath}` : ''}`;
  const step = s.step === memberStep ? memberId : s.step;
  return `/#/g/${groupId}/m/${s.meetingId}/e/${encodeURIComponent(s.exerciseId)}${step === null ? '' : `/${encodeURIComponent(step)}`}`;
};
