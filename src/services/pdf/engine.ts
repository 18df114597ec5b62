// Turns a document (DocumentSpec) into a PDF with pdf-lib: the font embedded (subset, so the file stays
// small), pictograms and photos embedded once each, text as real text. Load this module with a dynamic
// import() only: pdf-lib and fontkit are ≈ 0.5 MB and must stay out of the first download.
import * as fontkitModule from '@pdf-lib/fontkit';
import {
  appendBezierCurve,
  clip,
  closePath,
  endPath,
  moveTo,
  PDFContext,
  PDFDocument,
  PDFImage,
  PngEmbedder,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFFont,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { PdfAssets } from './assets';
import type { DocumentSpec } from './builder';
import { layOut, type Draw } from './layout';
import { photoKey, picturesOf, pictogramKey, recordOps } from './ops';
import { paperStyles, posterScales, scaled, type PaperStyle } from './styles';
import { cleanText } from './text';

export type { PdfAssets } from './assets';

// The package's ES build has a default export only; its types declare named exports only.
const fontkit = (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;

/**
 * A font read once, for every document after: fontkit reads a font's tables (glyph outlines, widths,
 * shaping rules) as they are first used, and keeps them on the font, so the next document measures and
 * subsets with them at once. Keyed by the font's bytes: the assets hand out the same bytes every time.
 */
const readFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const readFont = (bytes: Uint8Array) => {
  let font = readFonts.get(bytes);
  if (!font) {
    font = fontkit.create(bytes);
    readFonts.set(bytes, font);
  }
  return font;
};
const fontkitOnce = { ...fontkit, create: readFont };

const colour = (hex: string) => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** A circle as four Bézier curves (PDF has no circle operator), for clipping a photo round. */
function circlePath(cx: number, cy: number, r: number) {
  const k = r * 0.5523;
  return [
    moveTo(cx + r, cy),
    appendBezierCurve(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
    appendBezierCurve(cx - k, cy + r, cx - r, cy + k, cx - r, cy),
    appendBezierCurve(cx - r, cy - k, cx - k, cy - r, cx, cy - r),
    appendBezierCurve(cx + k, cy - r, cx + r, cy - k, cx + r, cy),
    closePath(),
  ];
}

/** A picture in the document: embedded in the PDF, and its file for the preview. */
interface Picture {
  readonly image: PDFImage;
  readonly bytes: Uint8Array;
  readonly type: 'image/png' | 'image/jpeg';
}

/**
 * A PNG pictogram decoded and compressed once, for every document after: pdf-lib would decode the PNG,
 * split its alpha and compress both again for each document (most of a small document's time).
 */
interface ReadyPng {
  readonly width: number;
  readonly height: number;
  readonly bitsPerComponent: number;
  /** The colour and the alpha channel, each already deflated (FlateDecode). */
  readonly rgb: Uint8Array;
  readonly alpha: Uint8Array | null;
}

// Keyed by the PNG's bytes: the browser's assets hand out the same bytes for a pictogram every time.
const readyPngs = new WeakMap<Uint8Array, Promise<ReadyPng>>();
const deflater = PDFContext.create();
const deflated = (data: Uint8Array) => deflater.flateStream(data).getContents();

function readyPng(bytes: Uint8Array): Promise<ReadyPng> {
  let ready = readyPngs.get(bytes);
  if (!ready) {
    ready = PngEmbedder.for(bytes).then((embedder) => {
      // pdf-lib 1.17 keeps the decoded PNG private; its channels are what it would compress.
      const png = (embedder as unknown as { image: { rgbChannel: Uint8Array; alphaChannel?: Uint8Array } }).image;
      return {
        width: embedder.width,
        height: embedder.height,
        bitsPerComponent: embedder.bitsPerComponent,
        rgb: deflated(png.rgbChannel),
        alpha: png.alphaChannel ? deflated(png.alphaChannel) : null,
      };
    });
    readyPngs.set(bytes, ready);
    ready.catch(() => readyPngs.delete(bytes));
  }
  return ready;
}

/** Puts a ready pictogram into a document as pdf-lib's own PNG embedder would, without compressing it again. */
function embedReadyPng(pdf: PDFDocument, ready: ReadyPng): PDFImage {
  const { width: Width, height: Height, bitsPerComponent: BitsPerComponent } = ready;
  // pdf-lib checks that an image's embedder is one of its own: this one is a PngEmbedder that embeds the ready streams.
  const embedder: PngEmbedder = Object.assign(Object.create(PngEmbedder.prototype) as PngEmbedder, {
    width: Width,
    height: Height,
    bitsPerComponent: BitsPerComponent,
    embedIntoContext: (context: PDFContext, ref?: PDFRef): Promise<PDFRef> => {
      const image = { Type: 'XObject', Subtype: 'Image', Width, Height, BitsPerComponent, Filter: 'FlateDecode' };
      const SMask = ready.alpha ? context.register(context.stream(ready.alpha, { ...image, ColorSpace: 'DeviceGray', Decode: [0, 1] })) : undefined;
      const xObject = context.stream(ready.rgb, { ...image, ColorSpace: 'DeviceRGB', ...(SMask ? { SMask } : {}) });
      if (!ref) return Promise.resolve(context.register(xObject));
      context.assign(ref, xObject);
      return Promise.resolve(ref);
    },
  });
  const image = PDFImage.of(pdf.context.nextRef(), pdf, embedder);
  // What PDFDocument.embedPng does with its image (pdf-lib 1.17): saved with the document.
  (pdf as unknown as { images: PDFImage[] }).images.push(image);
  return image;
}

/** Makes the pictograms ready ahead (when a document screen opens), so the first document is quick. */
export async function prepare(spec: DocumentSpec, assets: PdfAssets): Promise<void> {
  const { pictograms } = picturesOf(recordOps(spec));
  await Promise.all([assets.font('regular'), assets.font('bold'), ...pictograms.map(async (id) => readyPng(await assets.pictogramPng(id)))]);
}

/** Loads and embeds every picture once; a picture that cannot be loaded is left out of the document. */
async function embedAll(pdf: PDFDocument, assets: PdfAssets, ops: ReturnType<typeof recordOps>): Promise<Map<string, Picture>> {
  const { pictograms, photos } = picturesOf(ops);
  const pictures = new Map<string, Picture>();
  const tryEmbed = async (key: string, type: Picture['type'], load: () => Promise<Uint8Array | null>) => {
    try {
      const bytes = await load();
      if (bytes) pictures.set(key, { image: type === 'image/png' ? embedReadyPng(pdf, await readyPng(bytes)) : await pdf.embedJpg(bytes), bytes, type });
    } catch {
      // A missing pictogram or a broken photo: the rest of the document is still worth having.
    }
  };
  await Promise.all([
    ...pictograms.map((id) => tryEmbed(pictogramKey(id), 'image/png', () => assets.pictogramPng(id))),
    ...photos.map((id) => tryEmbed(photoKey(id), 'image/jpeg', () => assets.photoJpeg(id))),
  ]);
  return pictures;
}

function drawOne(page: PDFPage, draw: Draw, fonts: Readonly<Record<'regular' | 'bold', PDFFont>>, pictures: ReadonlyMap<string, Picture>): void {
  const height = page.getHeight();
  switch (draw.kind) {
    case 'text':
      page.drawText(draw.text, { x: draw.x, y: height - draw.baseline, size: draw.size, font: draw.bold ? fonts.bold : fonts.regular, color: colour(draw.colour) });
      return;
    case 'image': {
      const image = pictures.get(draw.key)?.image;
      if (!image) return;
      if (draw.round) page.pushOperators(pushGraphicsState(), ...circlePath(draw.round.cx, height - draw.round.cy, draw.round.r), clip(), endPath());
      page.drawImage(image, { x: draw.x, y: height - draw.top - draw.height, width: draw.width, height: draw.height });
      if (draw.round) page.pushOperators(popGraphicsState());
      return;
    }
    case 'disc':
      page.drawCircle({ x: draw.cx, y: height - draw.cy, size: draw.r, color: colour(draw.colour) });
      return;
    case 'box':
      page.drawRectangle({ x: draw.x, y: height - draw.top - draw.height, width: draw.width, height: draw.height, borderColor: colour(draw.colour), borderWidth: draw.thickness });
      return;
    case 'line':
      page.drawLine({ start: { x: draw.x1, y: height - draw.y1 }, end: { x: draw.x2, y: height - draw.y2 }, thickness: draw.thickness, color: colour(draw.colour) });
      return;
  }
}

/** The first page as what is drawn on it, for a preview picture (see preview.ts). */
export interface PagePicture {
  readonly width: number;
  readonly height: number;
  readonly draws: readonly Draw[];
  readonly pictures: ReadonlyMap<string, { readonly bytes: Uint8Array; readonly type: string }>;
}

export interface MadeDocument {
  readonly pdf: Uint8Array;
  readonly pageCount: number;
  readonly firstPage: PagePicture;
}

/** Makes a document's PDF file, and its first page for a preview. Rejects when the font cannot be loaded. */
export async function makeDocument(spec: DocumentSpec, assets: PdfAssets): Promise<MadeDocument> {
  const [regularBytes, boldBytes] = await Promise.all([assets.font('regular'), assets.font('bold')]);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkitOnce as never);
  const fonts = {
    regular: await pdf.embedFont(regularBytes, { subset: true }),
    bold: await pdf.embedFont(boldBytes, { subset: true }),
  };
  // Both weights cover the same characters; what the regular font cannot draw is written another way.
  const coverage = readFont(regularBytes);
  const ops = recordOps(spec, (text) => cleanText(text, (code) => coverage.hasGlyphForCodePoint(code)));
  const pictures = await embedAll(pdf, assets, ops);
  const base = paperStyles[spec.style];
  const lay = (style: PaperStyle) =>
    layOut({
      ops,
      style,
      metrics: { width: (text, size, bold) => (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, size) },
      imageSize: (key) => {
        const image = pictures.get(key)?.image;
        return image ? { width: image.width, height: image.height } : null;
      },
    });
  // A poster (or card) is one page: the largest type that fits (a page document keeps its sizes and flows on).
  let pages = lay(base);
  // Never below 14 pt body text: what does not fit then goes on to a second page.
  for (const scale of spec.style === 'page' ? [] : posterScales.slice(1).filter((s) => base.bodySize * s >= 14)) {
    if (pages.length <= 1) break;
    pages = lay(scaled(base, scale));
  }
  for (const draws of pages) {
    const page = pdf.addPage([base.pageWidth, base.pageHeight]);
    for (const draw of draws) drawOne(page, draw, fonts, pictures);
  }
  const title = ops.find((op) => op.op === 'title');
  pdf.setTitle(title?.op === 'title' ? title.text : spec.fileName, { showInWindowTitleBar: true });
  if (spec.language) pdf.setLanguage(spec.language);
  pdf.setCreator('Porukka');
  pdf.setProducer('Porukka');
  return {
    pdf: await pdf.save(),
    pageCount: pages.length,
    firstPage: { width: base.pageWidth, height: base.pageHeight, draws: pages[0] ?? [], pictures },
  };
}

/** Makes the PDF file of a document. Rejects when the font cannot be loaded; missing pictures are left out. */
export async function makePdf(spec: DocumentSpec, assets: PdfAssets): Promise<Uint8Array> {
  return (await makeDocument(spec, assets)).pdf;
}
