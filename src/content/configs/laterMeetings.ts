// How the kinds of meetings 6–10 are configured (exercise data). DATA ONLY.
import type { ContentKey, PictureText } from '../basics';
import type { PictogramId } from '../pictogramId';

/** Where an elevator-pitch answer's suggestion comes from: the members' names, the goal card (what,
 * where, with whom), the goal's "why" answer, or the plan's cards that are still missing. */
export type PitchSuggestion = 'members' | 'goal' | 'goal-why' | 'still-missing';

export interface PitchQuestion extends PictureText {
  /** Said under the question: what to tell. */
  readonly hintKey: ContentKey;
  readonly suggestion: PitchSuggestion | null;
}

/** The elevator pitch: a few questions answered by text or voice, read aloud as one speech, practised in pairs. */
export interface PitchBuilderConfig {
  readonly introKey: ContentKey;
  readonly questions: readonly PitchQuestion[];
  /** Said at the end of the pair practice (ask for help and thank). */
  readonly endKey: ContentKey;
}

/** What the group agrees with each partner: where and when, tasks and who does them, money. */
export interface AgreementConfig {
  readonly introKey: ContentKey;
}


/** Tasks acted out going well and going wrong, notes on each, and a list of what helps to succeed. */
export interface SituationCardsConfig {
  readonly introKey: ContentKey;
  /** Ready situation cards (tasks before, during and after the event); the group adds its own. */
  readonly situations: readonly PictureText[];
  /** Questions for the talk about what went wrong. */
  readonly talk: readonly PictureText[];
  /** Ready rows of the list of what helps to succeed; the group adds its own. */
  readonly helpers: readonly PictureText[];
}

/** Questions one at a time; each member (or a pair) answers by pictures, voice or text; then together. */
export interface QuestionRoundConfig {
  readonly introKey: ContentKey;
  readonly questions: readonly PictureText[];
  /** A face scale: one face per answer. */
  readonly faces: readonly PictureText[];
  /** Pictures of what an answer is about: any number per answer. */
  readonly topics: readonly PictureText[];
  /** The question ("Mitä teit itse?") whose turns show the jobs the member ticked done in "Meidän työt" (the exercise reads content/todos.ts todoSourceIds). */
  readonly jobsQuestionId?: string;
}

/** A ready praise, said to another ("Olit rohkea.") or by the holder about themself ("Olin rohkea."). */
export interface PraiseOption extends PictureText {
  readonly selfTextKey: ContentKey;
}

/** Pass the tablet: the holder is praised by the others and may praise themself. */
export interface PraiseRoundConfig {
  readonly introKey: ContentKey;
  readonly praises: readonly PraiseOption[];
  /** Questions that help to praise another. */
  readonly questions: readonly PictureText[];
  /** Questions that help the holder to praise themself. */
  readonly selfQuestions: readonly PictureText[];
}

/** Vahvuus- ja taitokartta: strengths as pictures; each member taps theirs, the group adds its own. */
export interface SkillsGridConfig {
  readonly introKey: ContentKey;
  readonly skills: readonly PictureText[];
}

/** A ready task to tap in, with the strengths of the skills map (ids in its config) it usually needs. */
export interface TaskSuggestion extends PictureText {
  readonly skillIds: readonly string[];
}

/** Työnjako: task cards with the skills needed, who does it and who helps (skills map in `sources`). */
export interface TaskTableConfig {
  readonly introKey: ContentKey;
  readonly suggestions: readonly TaskSuggestion[];
}

/** The event day: the tasks of the task table in `sources`, each with its people, ticked when done. */
export interface TaskChecklistConfig {
  readonly introKey: ContentKey;
}

/** A feedback question: picture answers to tap (any number), and a voice note or text. */
export interface FeedbackQuestion {
  readonly id: string;
  readonly textKey: ContentKey;
  readonly pictogram: PictogramId;
  readonly choices: readonly PictureText[];
}

/** Palautekysely: event visitors answer on the tablet in kiosk mode, one at a time, anonymously. */
export interface FeedbackKioskConfig {
  /** What the survey is, for the support persons. */
  readonly introKey: ContentKey;
  /** The yes/no question answered with two big faces ("Did you have fun?"). */
  readonly funQuestionKey: ContentKey;
  readonly questions: readonly FeedbackQuestion[];
}

/** A meeting's memo: the parts to fill in (topic, day, who took part, talked, agreed, tasks, next). */
export interface MemoConfig {
  readonly introKey: ContentKey;
  readonly parts: readonly PictureText[];
}

/** The certificate (meeting 10): gathered from the journey; the exercises it reads are in `sources`. */
export interface CertificateConfig {
  readonly introKey: ContentKey;
  /** Which of the sources is which. */
  readonly goalExerciseId: string;
  readonly skillsExerciseId: string;
  readonly tasksExerciseId: string;
  readonly eventDayExerciseId: string;
}
