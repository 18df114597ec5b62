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
  | 'taskChecklist'
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
  /** A card can be moved to another area (who we know → who we would like to know). */
  readonly canMoveCards?: boolean;
  /** The group's partners (source 'partners') can be tapped in as cards. */
  readonly addsFromPartnerList?: boolean;
  /** Each area is a section of the action plan with the same id (a learning café's tables): the goal
   * and the plan's cards of that section (source 'm05-plan') are shown with it. */
  readonly showsPlan?: boolean;
}

/** A question with picture options: tap any number of them, or add your own. */
export interface ChoiceBoardConfig {
  readonly questionKey: ContentKey;
  readonly options: readonly PictureText[];
  readonly allowsOwn: boolean;
  /** Picture cards that explain the options, shown above the question. */
  readonly info?: readonly PictureText[];
  /** Chosen and own options can be added to the group's partner list (the new-partner form, filled in). */
  readonly addsToPartnerList?: boolean;
}

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
  taskTable: TaskTableConfig;
  skillsGrid: SkillsGridConfig;
  taskChecklist: TaskChecklistConfig;
  questionRound: QuestionRoundConfig;
  praiseRound: PraiseRoundConfig;
  feedbackKiosk: FeedbackKioskConfig;
  pitchBuilder: PitchBuilderConfig;
  form: FormConfig;
  agreement: AgreementConfig;
  memo: MemoConfig;
  situationCards: SituationCardsConfig;
  certificate: CertificateConfig;
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
