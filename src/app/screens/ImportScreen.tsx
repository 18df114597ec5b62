import { useEffect, useState } from 'preact/hooks';
import { countMemberPhotos } from '../../domain/memberPhotos';
import type { ImportError } from '../../domain/transfer/errors';
import { maxFileBytes } from '../../domain/transfer/format';
import { useT } from '../../i18n/useT';
import { takeLaunchedFile, whenFileLaunched } from '../../services/launchedFile';
import { getGroup } from '../../storage/repositories/groups';
import type { MergeReport } from '../../storage/transfer';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { PictureCard } from '../../ui/PictureCard';
import { AppScreen } from '../parts/AppScreen';
import { FileButton } from '../parts/FileButton';
import { importErrorText } from '../parts/importErrorText';
import { ImportPreview, type PreviewGroup } from '../parts/ImportPreview';
import { href, type Route } from '../router';
import { mergeGroupFile, previewGroupFile } from '../transfer/importGroupFile';
import { readGroupFile, type GroupFile } from '../transfer/readGroupFile';
import { PasswordPrompt } from '../parts/PasswordPrompt';

type Step =
  | { readonly name: 'pick' }
  | { readonly name: 'password'; readonly text: string; readonly wasWrong: boolean }
  | { readonly name: 'preview'; readonly file: GroupFile; readonly report: MergeReport; readonly groups: readonly PreviewGroup[] }
  | { readonly name: 'done'; readonly file: GroupFile; readonly groups: readonly PreviewGroup[] }
  | { readonly name: 'failed'; readonly error: ImportError };

/** Pick a group file, open it (password if needed), see what it will change, then merge it. */
export function ImportScreen({ route }: { readonly route: Route }) {
  const { t } = useT();
  const [step, setStep] = useState<Step>({ name: 'pick' });

  /**
   * Opens the file's text. With `from` (the password step it was asked from), its outcome shows only
   * while that step is still on screen: a protected file takes seconds to open on a tablet, and after
   * "Peru" (or another file picked meanwhile) the cancelled file must not come up.
   */
  const open = async (text: string, password?: string, from?: Step) => {
    const show = (next: Step) => setStep((current) => (from === undefined || current === from ? next : current));
    const outcome = await readGroupFile(text, password);
    if (!outcome.ok) {
      if ('needsPassword' in outcome) return show({ name: 'password', text, wasWrong: false });
      if (outcome.error.kind === 'wrongPassword') return show({ name: 'password', text, wasWrong: true });
      return show({ name: 'failed', error: outcome.error });
    }
    const preview = await previewGroupFile(outcome.file);
    if (!preview.ok) return show({ name: 'failed', error: preview.error });
    const groups = await Promise.all(
      outcome.file.records.groups.filter((g) => !g.deleted).map(async (g) => ({ name: g.name, isNew: !(await getGroup(g.id)) })),
    );
    show({ name: 'preview', file: outcome.file, report: preview.report, groups });
  };
  const pick = async (file: File) => {
    if (file.size > maxFileBytes) return setStep({ name: 'failed', error: { kind: 'tooLarge' } });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStep({ name: 'failed', error: { kind: 'unreadable' } });
    }
    await open(text);
  };
  // A file the system opened the app with, or shared to it, comes straight here (also while open).
  useEffect(() => {
    const launched = takeLaunchedFile();
    if (launched) void pick(launched);
    return whenFileLaunched((file) => void pick(file));
    // Once, when the screen opens.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Members' own photos travel in the file: the preview says so.
  const memberPhotos = step.name === 'preview' ? countMemberPhotos(step.file.records.people, step.file.records.media) : 0;

  return (
    <AppScreen route={route} title={t('transfer.importTitle')}>
      {step.name === 'pick' ? (
        <div class="stack">
          <PictureCard pictogram="share" text={t('transfer.importIntro')} speakLabel={t('actions.listen')} />
          <FileButton label={t('transfer.pickFile')} accept=".json,.porukka.json,application/json" onPick={(file) => void pick(file)} />
        </div>
      ) : null}
      {step.name === 'password' ? (
        <PasswordPrompt wasWrong={step.wasWrong} onOpen={(password) => open(step.text, password, step)} onCancel={() => setStep({ name: 'pick' })} />
      ) : null}
      {step.name === 'preview' ? (
        <div class="stack">
          <ImportPreview groups={step.groups} report={step.report} />
          {memberPhotos > 0 ? <Notice pictogram="photo" text={t('transfer.memberPhotos', { count: memberPhotos })} /> : null}
          <div class="button-row">
            <BigButton
              variant="primary"
              pictogram="done"
              label={t('transfer.importNow')}
              onClick={async () => {
                const merged = await mergeGroupFile(step.file);
                setStep(merged.ok ? { name: 'done', file: step.file, groups: step.groups } : { name: 'failed', error: merged.error });
              }}
            />
            <BigButton pictogram="close" label={t('actions.cancel')} onClick={() => setStep({ name: 'pick' })} />
          </div>
        </div>
      ) : null}
      {step.name === 'done' ? (
        <div class="stack">
          <Notice pictogram="done" tone="success" text={t('transfer.imported')} />
          {step.file.records.groups
            .filter((g) => !g.deleted)
            .map((g) => (
              <BigButton key={g.id} variant="primary" pictogram="group" label={g.name} href={href({ name: 'group', groupId: g.id })} />
            ))}
          <BigButton pictogram="share" label={t('transfer.pickAnother')} onClick={() => setStep({ name: 'pick' })} />
        </div>
      ) : null}
      {step.name === 'failed' ? (
        <div class="stack">
          <ErrorNotice error={step.error} />
          <BigButton variant="primary" pictogram="share" label={t('transfer.pickAnother')} onClick={() => setStep({ name: 'pick' })} />
        </div>
      ) : null}
    </AppScreen>
  );
}

function ErrorNotice({ error }: { readonly error: ImportError }) {
  const { t } = useT();
  const look = importErrorText(error);
  return <Notice pictogram={look.pictogram} tone="warning" text={`${t(look.key as 'importErrors.notJson', { count: look.count ?? 0 })} ${t('importErrors.nothingChanged')}`} />;
}
