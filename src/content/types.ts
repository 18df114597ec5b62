// The shape of the method's content. DATA ONLY: ids here are saved in databases and export files,
// so they are stable literals and never array positions (DO NOT CHANGE an id without a migration).
import type { ContentKey, MeetingId, PhaseId } from './basics';
import type { CanvasConfig, CardBoardConfig, CardDeckConfig, ChecklistConfig, ChoiceBoardConfig, FieldNotesConfig, FormConfig, InfoConfig, MoodCheckInConfig, PhotoStoryConfig, StatementVoteConfig } from './configs/firstMeetings';
import type { AgreementConfig, CertificateConfig, FeedbackKioskConfig, MemoConfig, PitchBuilderConfig, PraiseRoundConfig, QuestionRoundConfig, SituationCardsConfig, SkillsGridConfig, TaskChecklistConfig, TaskTableConfig } from './configs/laterMeetings';
import type { PictogramId } from './pictogramId';

export type * from './basics';
export type * from './configs/firstMeetings';
export type * from './configs/laterMeetings';

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
  /**
   * The exercise's name in the Porukka-hautomo workbook where the app's easy-read title differs
   * ("Kaupunkiliftaus" for "Kävelemme ja kysymme"): a proper name from the source, in Finnish, shown
   * small under the title to support persons only, so they find it in the workbook. Never to participants.
   */
  readonly workbookName?: string;
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
