// How the kinds of meetings 1–5 are configured (exercise data). DATA ONLY.
import type { ContentKey, PictureText } from '../basics';
import type { PictogramId } from '../pictogramId';

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

/** A statement to vote on; one the group may rightly disagree with has its opposite, which can be the rule. */
export interface Statement extends PictureText {
  readonly oppositeKey?: ContentKey;
}

export interface StatementVoteConfig {
  readonly questionKey: ContentKey;
  readonly statements: readonly Statement[];
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
  /** What the members do, read aloud above the prompts. */
  readonly introKey?: ContentKey;
  /** Questions that help to tell the story, read aloud. */
  readonly prompts: readonly PictureText[];
}

/** A deck of picture cards to draw at random. */
export interface CardDeckConfig {
  readonly introKey: ContentKey;
  readonly cards: readonly PictureText[];
}

/** Quick notes outdoors: the answers of one person to the same questions, one card per person. */
/** A question of the field notes; with `choices` the answer can also be picked from pictures (any number). */
export interface FieldNotesQuestion extends PictureText {
  readonly choices?: readonly PictureText[];
}

export interface FieldNotesConfig {
  readonly introKey: ContentKey;
  readonly questions: readonly FieldNotesQuestion[];
  /** The words on the big "new answer" button (default "Uusi vastaus"). */
  readonly newAnswerKey?: ContentKey;
  /** A closing note under the questions (e.g. not every meeting leads to working together). */
  readonly afterKey?: ContentKey;
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

export interface FormField {
  readonly id: string;
  readonly labelKey: ContentKey;
  readonly pictogram: PictogramId;
  readonly input: 'text' | 'date' | 'time' | 'names';
  /** A poster's field starts with the group's own data until someone changes it (kinds/form/poster.ts). */
  readonly prefill?: 'goal' | 'when' | 'place' | 'partners' | 'group';
}

/** Fields the support persons fill in; the result is shown as a picture card (and later a PDF). */
export interface FormConfig {
  readonly fields: readonly FormField[];
  /** 'invitation': meeting 1's invitation; 'poster': a poster or invitation from the group's data. */
  readonly template: 'invitation' | 'poster';
}
