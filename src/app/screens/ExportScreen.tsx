import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { canShareFile, downloadFile, makeFile, megabytes, shareFile } from '../../services/files';
import { reportError } from '../../state/errorStore';
import { getGroup } from '../../storage/repositories/groups';
import { markExported } from '../../storage/transfer';
import { BigButton } from '../../ui/BigButton';
import { Notice } from '../../ui/Notice';
import { PictureCard } from '../../ui/PictureCard';
import { Say } from '../../ui/Say';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { PasswordChoice } from '../parts/PasswordChoice';
import type { Route } from '../router';
import { buildGroupFile, fileNameFor, type BuiltFile } from '../transfer/buildGroupFile';

interface Made {
  readonly built: BuiltFile;
  readonly file: File;
}

/** Put one group (or every group) in a file, optionally with a password, and hand it over. */
export function ExportScreen({ route, groupId }: { readonly route: Route; readonly groupId: string | null }) {
  const { t, language } = useT();
  const group = useLive(async () => (groupId ? ((await getGroup(groupId)) ?? null) : null), [groupId]);
  const [password, setPassword] = useState<string | null>(null);
  const [made, setMade] = useState<Made | null>(null);
  const [isMaking, setMaking] = useState(false);
  // How the file left: saved as a download or sent through the share sheet (the screen says where it went).
  const [handedOverAs, setHandedOverAs] = useState<'saved' | 'shared' | null>(null);

  const make = async () => {
    setMaking(true);
    try {
      const built = await buildGroupFile(groupId ? [groupId] : null, password ?? undefined);
      setMade({ built, file: makeFile(built.text, fileNameFor(group?.name ?? null, built.exportedAt)) });
    } catch (error) {
      reportError(error);
    } finally {
      setMaking(false);
    }
  };
  const handedOver = async ({ built }: Made, how: 'saved' | 'shared') => {
    await markExported(built.groupIds, { at: built.exportedAt, stamp: built.stamp });
    setHandedOverAs(how);
  };

  return (
    <AppScreen route={route} title={t(groupId ? 'transfer.exportGroupTitle' : 'transfer.exportAllTitle')}>
      <PictureCard pictogram="share" text={t('transfer.exportIntro')} speakLabel={t('actions.listen')} />
      <Notice pictogram="trust" text={t('transfer.keepSafe')} />
      {made ? (
        <div class="stack">
          <p class="lead">
            <Say text={t('transfer.fileReady', { size: megabytes(made.file.size, language) })} />
          </p>
          {made.built.groupIds.length === 0 ? <Notice pictogram="question" text={t('transfer.nothingToExport')} /> : null}
          {made.built.memberPhotos > 0 ? <Notice pictogram="photo" text={t('transfer.memberPhotos', { count: made.built.memberPhotos })} /> : null}
          <div class="button-row">
            {canShareFile(made.file) ? (
              <BigButton
                variant="primary"
                pictogram="share"
                label={t('transfer.share')}
                onClick={() => void shareFile(made.file, made.file.name).then((shared) => (shared ? handedOver(made, 'shared') : undefined))}
              />
            ) : null}
            <BigButton
              variant="primary"
              pictogram="save-file"
              label={t('transfer.download')}
              onClick={() => {
                downloadFile(made.file);
                void handedOver(made, 'saved');
              }}
            />
          </div>
          {handedOverAs ? (
            <Notice pictogram="done" tone="success" text={t(handedOverAs === 'saved' ? 'transfer.savedWhere' : 'transfer.sharedWhere', { file: made.file.name })} />
          ) : null}
        </div>
      ) : (
        <div class="stack">
          <PasswordChoice onChange={setPassword} />
          <BigButton variant="primary" pictogram="share" label={t('transfer.make')} disabled={isMaking || password === ''} onClick={() => void make()} />
          {isMaking ? <Notice pictogram="time" text={t('transfer.making')} /> : null}
        </div>
      )}
    </AppScreen>
  );
}
