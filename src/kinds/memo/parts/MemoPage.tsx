import type { PictureText } from '../../../content/types';
import { formatDay } from '../../../domain/dates';
import type { Partner } from '../../../domain/partners';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { MediaImage } from '../../../ui/MediaImage';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import type { MemoData } from '../model';

interface Props {
  readonly memo: MemoData;
  readonly parts: readonly PictureText[];
  readonly members: readonly Person[];
  readonly partners: readonly Partner[];
}

function People({ ids, members, partners = [], partnerKeys = [] }: { readonly ids: readonly string[]; readonly members: readonly Person[]; readonly partners?: readonly Partner[]; readonly partnerKeys?: readonly string[] }) {
  const people = members.filter((m) => ids.includes(m.id));
  const others = partners.filter((p) => partnerKeys.includes(p.key));
  return (
    <div class="avatar-grid">
      {people.map((m) => (
        <Avatar key={m.id} {...memberLook(m)} size="small" />
      ))}
      {others.map((p) => (
        <Avatar key={p.key} name={p.name} colourHex="#e8eef7" avatar="partner" size="small" />
      ))}
    </div>
  );
}

/** The memo as a picture-supported page: each part with its picture, read aloud part by part. */
export function MemoPage({ memo, parts, members, partners }: Props) {
  const { t, tContent, language } = useT();
  const listen = t('actions.listen');
  const card = (id: string, text: string, children?: preact.ComponentChildren) => {
    const part = parts.find((p) => p.id === id);
    if (!part) return null;
    return (
      <PictureCard pictogram={part.pictogram} text={tContent(part.textKey)} speakLabel={listen} class="memo-part">
        {text ? <Say class="memo-part__value" text={text} /> : null}
        {children}
      </PictureCard>
    );
  };
  const missing = t('memo.empty');
  return (
    <article class="stack memo-page" aria-label={memo.topic || t('memo.title')}>
      {card('topic', memo.topic || missing)}
      {card('day', memo.day ? formatDay(memo.day, language) : missing)}
      {card('people', '', <People ids={memo.personIds} members={members} partners={partners} partnerKeys={memo.partnerKeys} />)}
      {memo.photoId ? <MediaImage mediaId={memo.photoId} alt={t('memo.photo')} size="large" /> : null}
      {card('talked', memo.talked || missing)}
      {card('agreed', memo.agreed || missing)}
      {card(
        'tasks',
        memo.tasks.length === 0 ? t('memo.noTasks') : '',
        memo.tasks.map((task, index) => (
          <div key={index} class="memo-task">
            <Say text={task.text || missing} />
            <People ids={task.personIds} members={members} />
          </div>
        )),
      )}
      {card('next', memo.next || missing)}
    </article>
  );
}
