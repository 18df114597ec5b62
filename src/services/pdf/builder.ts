// What a document says, page by page, without knowing how a PDF is made: each document is a
// function from domain data to calls on this builder; services/pdf/engine.ts turns them into a PDF.
import type { PictogramId } from '../../content/pictogramId';

/** A person on paper: their photo only when they gave photo consent, else their avatar. */
export interface PaperPerson {
  readonly name: string;
  readonly avatar: PictogramId;
  readonly colourHex: string;
  /** A photo of the person (used only with consent; the caller decides). */
  readonly photoId?: string;
}

export interface DocBuilder {
  /** The document's big title (first page), with an optional picture. */
  title(text: string, pictogram?: PictogramId): void;
  /** A section heading; moves to a new page rather than stand alone at a page's foot. */
  heading(text: string, pictogram?: PictogramId): void;
  /** Body text, wrapped; blank lines keep paragraphs apart. */
  paragraph(text: string): void;
  /** A picture beside its text (a picture-supported easy-read row). */
  row(pictogram: PictogramId | null, text: string): void;
  /** A list, one item per line, each with a bullet or a tick box. */
  list(items: readonly string[], marker?: 'bullet' | 'box' | 'tick'): void;
  /** People as avatars (or consented photos) with their names under them. */
  people(people: readonly PaperPerson[]): void;
  /** Photos from the media store, side by side, scaled to fit. */
  photos(mediaIds: readonly string[]): void;
  /** A label and its value on one line ("Aika: lauantaina 1.12.2026"). */
  field(label: string, value: string): void;
  /** Empty space in points. */
  space(points: number): void;
  /** Starts a new page (a certificate per participant). */
  pageBreak(): void;
}

/** A document: its file name (without .pdf), its page size, and what it says. */
export interface DocumentSpec {
  readonly fileName: string;
  /** 'poster' = A4 portrait with large type (the invitation); 'card' = the same on A5; 'page' = A4 portrait, body 14 pt. */
  readonly style: 'page' | 'poster' | 'card';
  /** The document's language ('fi', 'sv', 'en'): screen readers read the PDF in it. */
  readonly language?: string;
  readonly write: (doc: DocBuilder) => void;
}
