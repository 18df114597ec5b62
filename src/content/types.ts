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
  | 'form'
  | 'agreement'
  | 'memo'
  | 'situationCards'
  | 'certificate';

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

/** Each member picks one picture (a mood, a feeling); the round is kept per exercise. */
export interface MoodCheckInConfig {
  readonly questionKey: ContentKey;
  readonly options: readonly PictureText[];
  /** Said after the round, e.g. "Praise each other for your courage!". */
  readonly afterKey?: ContentKey;
}

/** Each member's picture (a photo of their keys) and their short story. */
export interface PhotoStoryConfig {
  /** Questions that help to tell the story, read aloud. */
  readonly prompts: readonly PictureText[];
}

/** A deck of picture cards to draw at random. */
export interface CardDeckConfig {
  readonly introKey: ContentKey;
  readonly cards: readonly PictureText[];
}

/** Quick notes outdoors: the answers of one person to the same questions, one card per person. */
export interface FieldNotesConfig {
  readonly introKey: ContentKey;
  readonly questions: readonly PictureText[];
}

export interface CanvasSection {
  readonly id: string;
  readonly titleKey: ContentKey;
  readonly pictogram: PictogramId;
  /** Guiding questions; cards are added under each one. */
  readonly questions: readonly PictureText[];
  /** Ready picture cards to tap in. */
  readonly suggestions?: readonly PictureText[];
}

/** Named sections with guiding questions and cards in each (idea bank, action plan). */
export interface CanvasConfig {
  readonly introKey: ContentKey;
  readonly sections: readonly CanvasSection[];
  /** Cards can be marked "still missing". */
  readonly canMarkMissing: boolean;
  /** The group's goal (from the exercise named in `sources`) is shown on top. */
  readonly showsGoal: boolean;
  /** The whole canvas as one page: the tips list, the plan. */
  readonly summaryTitleKey: ContentKey;
}

/** One question a card can answer, with picture choices (what? where? with whom? why?). */
export interface CardField {
  readonly id: string;
  readonly questionKey: ContentKey;
  readonly pictogram: PictogramId;
  readonly choices: readonly PictureText[];
}

export interface CardBoardArea {
  readonly id: string;
  readonly titleKey: ContentKey;
  readonly pictogram: PictogramId;
}

/** Cards with picture, text, photo or voice; grouped into piles; chosen by dot vote. */
export interface CardBoardConfig {
  readonly introKey: ContentKey;
  readonly areas: readonly CardBoardArea[];
  /** The questions each card answers (Ideariihi); empty for plain cards. */
  readonly fields: readonly CardField[];
  /** Cards of these areas of the exercises in `sources` appear here as starting cards. */
  readonly importAreas: readonly string[];
  /** Members may put similar cards in piles. */
  readonly hasPiles: boolean;
  /** How many dots each member gets to vote with; 0 = no vote. */
  readonly dotsPerMember: number;
  /** The card with the most dots becomes the group's goal. */
  readonly outcome: 'goal' | null;
  /** Questions for the talk before the vote. */
  readonly discussion: readonly PictureText[];
}

/** A question with picture options: tap any number of them, or add your own. */
export interface ChoiceBoardConfig {
  readonly questionKey: ContentKey;
  readonly options: readonly PictureText[];
  readonly allowsOwn: boolean;
}

export interface FormField {
  readonly id: string;
  readonly labelKey: ContentKey;
  readonly pictogram: PictogramId;
  readonly input: 'text' | 'date' | 'time' | 'names';
}

/** Fields the support persons fill in; the result is shown as a picture card (and later a PDF). */
export interface FormConfig {
  readonly fields: readonly FormField[];
  readonly template: 'invitation';
}

/** Kinds that are planned but not built yet carry no configuration. */
export type PlannedConfig = Readonly<Record<never, never>>;

export interface KindConfigs {
  info: InfoConfig;
  checklist: ChecklistConfig;
  statementVote: StatementVoteConfig;
  moodCheckIn: MoodCheckInConfig;
  photoStory: PhotoStoryConfig;
  cardDeck: CardDeckConfig;
  fieldNotes: FieldNotesConfig;
  cardBoard: CardBoardConfig;
  choiceBoard: ChoiceBoardConfig;
  canvas: CanvasConfig;
  taskTable: PlannedConfig;
  skillsGrid: PlannedConfig;
  questionRound: PlannedConfig;
  praiseRound: PlannedConfig;
  feedbackKiosk: PlannedConfig;
  pitchBuilder: PlannedConfig;
  form: FormConfig;
  agreement: PlannedConfig;
  memo: PlannedConfig;
  situationCards: PlannedConfig;
  certificate: PlannedConfig;
}

export interface ExerciseOf<K extends KindName> {
  readonly id: string;
  readonly kind: K;
  readonly titleKey: ContentKey;
  readonly pictogram: PictogramId;
  readonly config: KindConfigs[K];
  /** Exercises whose answers this one reads (results flow forward: meeting 3's wishes into meeting 4). */
  readonly sources?: readonly string[];
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
