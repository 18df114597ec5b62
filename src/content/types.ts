// The shape of the method's content. DATA ONLY: ids here are saved in databases and export files,
// so they are stable literals and never array positions (DO NOT CHANGE an id without a migration).
import type { PictogramId } from './pictogramId';

/** A key into locales/<lng>/content.json. */
export type ContentKey = string;

export type MeetingId = 'm01' | 'm02' | 'm03' | 'm04' | 'm05' | 'm06' | 'm07' | 'm08' | 'm09' | 'm10';

export type PhaseId = 'getting-to-know' | 'wishes-to-goal' | 'partnership' | 'succeed-together' | 'we-did-it';

/** Every exercise kind the method needs; a kind without a built view shows a "coming soon" card. */
export type KindName =
  | 'info'
  | 'checklist'
  | 'statementVote'
  | 'moodCheckIn'
  | 'photoStory'
  | 'cardDeck'
  | 'fieldNotes'
  | 'cardBoard'
  | 'choiceBoard'
  | 'canvas'
  | 'taskTable'
  | 'skillsGrid'
  | 'questionRound'
  | 'praiseRound'
  | 'feedbackKiosk'
  | 'pitchBuilder'
  | 'form';

export interface PictureText {
  readonly id: string;
  readonly textKey: ContentKey;
  readonly pictogram: PictogramId;
}

export interface InfoConfig {
  readonly paragraphs: readonly PictureText[];
}

export interface ChecklistSection {
  readonly id: string;
  readonly titleKey?: ContentKey;
  readonly pictogram?: PictogramId;
  readonly items: readonly PictureText[];
}

export interface ChecklistConfig {
  readonly sections: readonly ChecklistSection[];
}

export interface StatementVoteConfig {
  readonly questionKey: ContentKey;
  readonly statements: readonly PictureText[];
  /** What the statements the group agrees with become. */
  readonly outcome: 'rules';
}

/** Kinds that are planned but not built yet carry no configuration. */
export type PlannedConfig = Readonly<Record<never, never>>;

export interface KindConfigs {
  info: InfoConfig;
  checklist: ChecklistConfig;
  statementVote: StatementVoteConfig;
  moodCheckIn: PlannedConfig;
  photoStory: PlannedConfig;
  cardDeck: PlannedConfig;
  fieldNotes: PlannedConfig;
  cardBoard: PlannedConfig;
  choiceBoard: PlannedConfig;
  canvas: PlannedConfig;
  taskTable: PlannedConfig;
  skillsGrid: PlannedConfig;
  questionRound: PlannedConfig;
  praiseRound: PlannedConfig;
  feedbackKiosk: PlannedConfig;
  pitchBuilder: PlannedConfig;
  form: PlannedConfig;
}

export interface ExerciseOf<K extends KindName> {
  readonly id: string;
  readonly kind: K;
  readonly titleKey: ContentKey;
  readonly pictogram: PictogramId;
  readonly config: KindConfigs[K];
}

export type Exercise = { [K in KindName]: ExerciseOf<K> }[KindName];

export interface Meeting {
  readonly id: MeetingId;
  readonly number: number;
  readonly phase: PhaseId;
  readonly pictogram: PictogramId;
  readonly titleKey: ContentKey;
  /** Two or three easy-read sentences. */
  readonly purposeKey: ContentKey;
  /** The support persons' checklist: before, during and after the meeting. */
  readonly supportChecklist: ChecklistConfig;
  readonly exercises: readonly Exercise[];
}

export interface Phase {
  readonly id: PhaseId;
  readonly titleKey: ContentKey;
  readonly pictogram: PictogramId;
}
