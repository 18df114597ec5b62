// "Tee PDF-tiedosto" under an exercise that has a document (registry.ts): makes the PDF on the tablet,
// offline; shows its first page as a picture; shares it through the system share sheet where the
// browser can share files, else saves it as a download. pdf-lib, the font and the document's pictograms
// start loading when the panel is first shown (after the screen is drawn), so the button is quick.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { canShareFile, downloadFile, megabytes, shareFile } from '../../services/files';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { Say } from '../../ui/Say';
import { useLive } from '../hooks/useLive';
import { loadDocumentData, type DocumentPlace } from './loadData';
import { documentFor } from './registry';
import { documentTexts } from './texts';

interface Made {
  readonly file: File;
  readonly previewUrl: string;
  readonly pageCount: number;
}

type State = { readonly status: 'idle' | 'making' | 'failed' } | { readonly status: 'ready'; readonly made: Made; readonly isSaved: boolean };

/** A file name without characters that file systems refuse. */
export const pdfFileName = (name: string): string => `${name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim() || 'Porukka'}.pdf`;

export function DocumentPanel(place: DocumentPlace) {
  const { t, language } = useT();
  const { groupId, meetingId, exerciseId, step } = place;
  const make = documentFor(exerciseId);
  const data = useLive(async () => (make ? loadDocumentData({ groupId, meetingId, exerciseId, step }) : null), [groupId, meetingId, exerciseId, step]);
  const [state, setState] = useState<State>({ status: 'idle' });
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
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run);
    else window.setTimeout(run, 200);
    return () => {
      cancelled = true;
    };
  }, [make, data]);
  if (!spec) return null;

  const makeFile = async () => {
    setState({ status: 'making' });
    try {
      const [{ makeDocument }, { browserAssets }, { previewImage }] = await Promise.all([
        import('../../services/pdf/engine'),
        import('../../services/pdf/browserAssets'),
        import('../../services/pdf/preview'),
      ]);
      const made = await makeDocument(spec, browserAssets);
      const file = new File([made.pdf as BlobPart], pdfFileName(spec.fileName), { type: 'application/pdf' });
      const preview = await previewImage(made.firstPage);
      setState({ status: 'ready', made: { file, previewUrl: URL.createObjectURL(preview), pageCount: made.pageCount }, isSaved: false });
    } catch (error) {
      console.error(error);
      setState({ status: 'failed' });
    }
  };

  if (state.status !== 'ready') {
    return (
      <section class="document-panel stack" aria-label={t('documents.make')}>
        <BigButton variant="primary" pictogram="pdf-file" label={t('documents.make')} disabled={state.status === 'making'} onClick={() => void makeFile()} />
        {state.status === 'making' ? <Notice pictogram="time" text={t('documents.making')} /> : null}
        {state.status === 'failed' ? <Notice pictogram="missing" tone="warning" text={t('documents.failed')} /> : null}
      </section>
    );
  }
  const { made, isSaved } = state;
  const saved = () => setState({ ...state, isSaved: true });
  return (
    <section class="document-panel stack" aria-label={t('documents.preview')}>
      <p class="lead">
        <Say text={t('documents.ready', { size: megabytes(made.file.size, language) })} />
      </p>
      <img class="document-panel__preview" src={made.previewUrl} alt={t('documents.preview')} data-pages={made.pageCount} />
      <div class="button-row">
        {canShareFile(made.file) ? (
          <BigButton variant="primary" pictogram="share" label={t('documents.share')} onClick={() => void shareFile(made.file, made.file.name).then((shared) => shared && saved())} />
        ) : null}
        <BigButton
          variant={canShareFile(made.file) ? 'secondary' : 'primary'}
          pictogram="save-file"
          label={t('documents.download')}
          onClick={() => {
            downloadFile(made.file);
            saved();
          }}
        />
        <BigButton pictogram="close" label={t('documents.close')} onClick={() => setState({ status: 'idle' })} />
      </div>
      {isSaved ? <Notice pictogram="done" tone="success" text={t('documents.saved')} /> : null}
    </section>
  );
}
