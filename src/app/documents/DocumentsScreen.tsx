// "Tulosteet" (support persons): every document the group can make, in one place — what each is for,
// the day it was last made, and a button that makes it here (the PDF panel opens in the row) or opens
// the exercise where it is filled in first. Loaded only when opened (it carries every document maker).
import { useState } from 'preact/hooks';
import { journeyProgress } from '../../domain/journey';
import { formatDay } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { PictureCard } from '../../ui/PictureCard';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { href, type Route } from '../router';
import { groupDocuments, type DocumentItem } from './catalog';
import { DocumentPanel } from './DocumentPanel';
import { loadDocumentData } from './loadData';
import { documentTexts } from './texts';

export function DocumentsScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t, language } = useT();
  // The language is a dependency: names and purposes are written in it.
  const items = useLive(async () => {
    const data = await loadDocumentData({ groupId, meetingId: 'm01', exerciseId: '', step: null });
    if (!data) return [];
    const progress = journeyProgress(data.meetingRecords);
    // A first memo is written at the meeting the group is at (the last held one, else meeting 1).
    const held = [...progress.held].sort().at(-1) ?? 'm01';
    return groupDocuments(data, documentTexts(), held);
  }, [groupId, language]);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <AppScreen route={route} title={t('documentsPage.title')}>
      <PictureCard pictogram="pdf-file" text={t('documentsPage.intro')} speakLabel={t('actions.listen')} />
      {items ? (
        <ul class="document-list">
          {items.map((item) => (
            <DocumentRow key={item.id} groupId={groupId} item={item} isOpen={openId === item.id} onOpen={() => setOpenId(item.id)} madeText={madeTextOf(item, t, language)} />
          ))}
        </ul>
      ) : (
        <Loading />
      )}
    </AppScreen>
  );
}

const madeTextOf = (item: DocumentItem, t: ReturnType<typeof useT>['t'], language: string) =>
  item.madeOn ? t('documentsPage.madeOn', { day: formatDay(item.madeOn, language) }) : t('documentsPage.notMade');

interface RowProps {
  readonly groupId: string;
  readonly item: DocumentItem;
  readonly isOpen: boolean;
  readonly onOpen: () => void;
  readonly madeText: string;
}

function DocumentRow({ groupId, item, isOpen, onOpen, madeText }: RowProps) {
  const { t } = useT();
  const exerciseHref = href({ name: 'exercise', groupId, meetingId: item.meetingId, exerciseId: item.exerciseId, step: item.step });
  return (
    <li class="document-row" data-document={item.id}>
      <div class="document-row__head">
        <Pictogram id={item.pictogram} size={64} />
        <div class="document-row__text">
          <h2 class="document-row__name">
            <Say text={item.name} />
          </h2>
          <p class="document-row__meeting">
            <Say text={item.meeting} />
          </p>
          <p>
            <Say text={item.purpose} />
          </p>
          <p class={`document-row__made${item.madeOn ? ' document-row__made--yes' : ''}`}>
            <Pictogram id={item.madeOn ? 'calendar' : 'time'} size={32} />
            <Say text={madeText} />
          </p>
          {item.canMake ? null : (
            <p class="document-row__first">
              <Say text={t('documentsPage.doFirst')} />
            </p>
          )}
        </div>
      </div>
      <div class="button-row">
        {item.canMake && !isOpen ? <BigButton variant="primary" pictogram="pdf-file" label={t('documents.make')} onClick={onOpen} /> : null}
        <BigButton variant={item.canMake ? 'secondary' : 'primary'} pictogram="edit" label={t('documentsPage.openExercise')} href={exerciseHref} />
      </div>
      {isOpen ? <DocumentPanel groupId={groupId} meetingId={item.meetingId} exerciseId={item.exerciseId} step={item.step} startNow /> : null}
    </li>
  );
}
