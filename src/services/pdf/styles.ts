// Sizes on paper, in points (1/72 inch). A4 portrait; easy-read sizes: body text at least 14 pt.

export interface PaperStyle {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margin: number;
  /** Room kept at the page's foot for the page number. */
  readonly footer: number;
  readonly titleSize: number;
  readonly headingSize: number;
  readonly bodySize: number;
  readonly footerSize: number;
  /** Line height as a multiple of the text size. */
  readonly leading: number;
  readonly titlePicture: number;
  readonly headingPicture: number;
  readonly rowPicture: number;
  readonly avatar: number;
  readonly photoMaxHeight: number;
  /** The title's picture above a centred title (the poster), or beside it. */
  readonly titleCentred: boolean;
  readonly textColour: string;
  readonly headingColour: string;
  readonly quietColour: string;
}

const a4 = { pageWidth: 595.28, pageHeight: 841.89 };
const colours = { textColour: '#1a1a1a', headingColour: '#1f4e8c', quietColour: '#555555' };

export const paperStyles: Readonly<Record<'page' | 'poster' | 'card', PaperStyle>> = {
  page: {
    ...a4,
    ...colours,
    margin: 48,
    footer: 30,
    titleSize: 28,
    headingSize: 20,
    bodySize: 15,
    footerSize: 12,
    leading: 1.35,
    titlePicture: 64,
    headingPicture: 36,
    rowPicture: 44,
    avatar: 60,
    photoMaxHeight: 230,
    titleCentred: false,
  },
  // The invitation: readable from a distance when it hangs on a notice board. The engine makes it
  // smaller (fitted) until it fits on one page, never below 14 pt.
  poster: {
    ...a4,
    ...colours,
    margin: 44,
    footer: 24,
    titleSize: 44,
    headingSize: 32,
    bodySize: 25,
    footerSize: 12,
    leading: 1.22,
    titlePicture: 130,
    headingPicture: 60,
    rowPicture: 64,
    avatar: 96,
    photoMaxHeight: 260,
    titleCentred: true,
  },
  // A poster's content as a card (an invitation to hand out): A5 portrait, fitted like the poster.
  card: {
    pageWidth: 419.53,
    pageHeight: 595.28,
    ...colours,
    margin: 32,
    footer: 20,
    titleSize: 30,
    headingSize: 22,
    bodySize: 17,
    footerSize: 10,
    leading: 1.22,
    titlePicture: 80,
    headingPicture: 40,
    rowPicture: 42,
    avatar: 64,
    photoMaxHeight: 170,
    titleCentred: true,
  },
};

/** The style with its text and pictures made `scale` times as large (margins stay). */
export function scaled(style: PaperStyle, scale: number): PaperStyle {
  const k = (n: number) => Math.round(n * scale * 10) / 10;
  return {
    ...style,
    titleSize: k(style.titleSize),
    headingSize: k(style.headingSize),
    bodySize: k(style.bodySize),
    titlePicture: k(style.titlePicture),
    headingPicture: k(style.headingPicture),
    rowPicture: k(style.rowPicture),
    avatar: k(style.avatar),
    photoMaxHeight: k(style.photoMaxHeight),
  };
}

/** Sizes to try for a poster, largest first: body text from 25 pt down to 14 pt. */
export const posterScales: readonly number[] = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.56];
