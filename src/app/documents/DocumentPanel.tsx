// "Tee PDF-tiedosto" under an exercise that has a document (registry.ts): makes the PDF on the tablet,
// offline; shows its first page as a picture; shares it through the system share sheet where the
// browser can share files, else saves it as a download. pdf-lib, the font and the document's pictograms
// start loading when the panel is first shown (after the screen is drawn), so the button is quick.
// The day a PDF is made is kept as an answer of the group (domain/documentsMade.ts: "Tulosteet" shows it).
// Once made: the buttons beside the preview (wide screens), above it (phones); after saving or sharing,
// the panel says where the file went.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { today } from '../../domain/dates';
import { documentsExerciseId, madeType } from '../../domain/documentsMade';
import { canShareFile, downloadFile, megabytes, shareFile } from '../../services/files';
import { reportError } from '../../state/errorStore';
import { putEntries } from '../../storage/repositories/entries';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { Say } from '../../ui/Say';
import { whenIdle } from '../../ui/whenIdle';
import { useLive } from '../hooks/useLive';
import { documentIdOf } from './catalog';
import { loadDocumentData, type DocumentPlace } from './loadData';
import { documentFor } from './registry';
import { documentTexts } from './texts';
import type { DocumentSpec } from '../../services/pdf/builder';

interface Made {
  readonly file: File;
  readonly previewUrl: string;
  readonly pageCount: number;
}

/** How the made file left the panel: saved as a download, or sent through the share sheet. */
type HandedOver = 'saved' | 'shared' | null;

type State = { readonly status: 'idle' | 'making' | 'failed' } | { readonly status: 'ready'; readonly made: Made; readonly handedOver: HandedOver };

/** A file name without characters that file systems refuse. */
export const pdfFileName = (name: string): string => `${name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim() || 'Porukka'}.pdf`;

/** Records that the group made this document today (shown on the "Tulosteet" screen). */
const recordMade = (place: DocumentPlace): Promise<void> =>
  putEntries([
    {
      address: { groupId: place.groupId, meetingId: 'group', exerciseId: documentsExerciseId, type: madeType, key: documentIdOf(place.exerciseId, place.step) },
      data: { at: today() },
    },
  ]);

/** `startNow`: make the PDF at once (the "Tulosteet" list's button already asked for it). */
export function DocumentPanel(props: DocumentPlace & { readonly startNow?: boolean }) {
  const { t, language } = useT();
  const { groupId, meetingId, exerciseId, step, startNow = false } = props;
  const make = documentFor(exerciseId);
  const data = useLive(async () => (make ? loadDocumentData({ groupId, meetingId, exerciseId, step }) : null), [groupId, meetingId, exerciseId, step]);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [isStartAsked, setStartAsked] = useState(startNow);
  const previewUrl = state.status === 'ready' ? state.made.previewUrl : null;
  useEffect(() => (previewUrl ? () => URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);
  // A language change or another memo: the made file no longer matches what is on the screen.
  useEffect(() => setState({ status: 'idle' }), [step, language]);

  const spec = make && data ? make(data, documentTexts()) : null;
  // When the browser is idle, the engine and this document's font and pictograms get ready (kept once
  // made, so a later change of the data costs next to nothing).
  useEffect(() => {
    if (!make || !data) return undefined;
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      void Promise.all([import('../../services/pdf/engine'), import('../../services/pdf/browserAssets'), import('../../services/pdf/preview')])
        .then(([{ prepare }, { browserAssets }]) => {
          const ahead = make(data, documentTexts());
          return ahead ? prepare(ahead, browserAssets) : undefined;
        })
        // Only a head start: "Tee PDF-tiedosto" loads what is missing and says if it fails.
        .catch(() => undefined);
    };
    whenIdle(run, { fallbackMs: 200 });
    return () => {
      cancelled = true;
    };
  }, [make, data]);

  const makeFile = async (wanted: DocumentSpec) => {
    setState({ status: 'making' });
    try {
      const [{ makeDocument }, { browserAssets }, { previewImage }] = await Promise.all([
        import('../../services/pdf/engine'),
        import('../../services/pdf/browserAssets'),
        import('../../services/pdf/preview'),
      ]);
      const made = await makeDocument(wanted, browserAssets);
      const file = new File([made.pdf as BlobPart], pdfFileName(wanted.fileName), { type: 'application/pdf' });
      const preview = await previewImage(made.firstPage);
      setState({ status: 'ready', made: { file, previewUrl: URL.createObjectURL(preview), pageCount: made.pageCount }, handedOver: null });
      // The file is made even if the day cannot be kept; the error shows as the app's notice.
      recordMade({ groupId, meetingId, exerciseId, step }).catch(reportError);
    } catch (error) {
      console.error(error);
      setState({ status: 'failed' });
    }
  };

  // Asked for by the "Tulosteet" list: made as soon as the group's data is read.
  const isSpecReady = spec !== null;
  useEffect(() => {
    if (!isStartAsked || !spec) return;
    setStartAsked(false);
    void makeFile(spec);
    // Once, when the data is there; makeFile and spec are new every render.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [isStartAsked, isSpecReady]);
  if (!spec) return null;

  if (state.status !== 'ready') {
    return (
      <section class="document-panel stack" aria-label={t('documents.make')}>
        <BigButton variant="primary" pictogram="pdf-file" label={t('documents.make')} disabled={state.status === 'making'} onClick={() => void makeFile(spec)} />
        {state.status === 'making' ? <Notice pictogram="time" text={t('documents.making')} /> : null}
        {state.status === 'failed' ? <Notice pictogram="missing" tone="warning" text={t('documents.failed')} /> : null}
      </section>
    );
  }
  const { made, handedOver } = state;
  const handed = (how: HandedOver) => setState({ ...state, handedOver: how });
  const canShare = canShareFile(made.file);
  return (
    <section class="document-panel document-panel--ready" aria-label={t('documents.preview')}>
      <div class="document-panel__actions stack">
        <p class="lead">
          <Say text={t('documents.ready', { size: megabytes(made.file.size, language) })} />
        </p>
        <div class="button-row">
          {canShare ? (
            <BigButton variant="primary" pictogram="share" label={t('documents.share')} onClick={() => void shareFile(made.file, made.file.name).then((shared) => shared && handed('shared'))} />
          ) : null}
          <BigButton
            variant={canShare ? 'secondary' : 'primary'}
            pictogram="save-file"
            label={t('documents.download')}
            onClick={() => {
              downloadFile(made.file);
              handed('saved');
            }}
          />
          <BigButton pictogram="close" label={t('documents.close')} onClick={() => setState({ status: 'idle' })} />
        </div>
        {handedOver ? (
          <Notice pictogram="done" tone="success" text={t(handedOver === 'saved' ? 'documents.savedWhere' : 'documents.sharedWhere', { file: made.file.name })} />
        ) : null}
      </div>
      <img class="document-panel__preview" src={made.previewUrl} alt={t('documents.preview')} data-pages={made.pageCount} />
    </section>
  );
}
