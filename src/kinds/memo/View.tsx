import { formatDay, today } from '../../domain/dates';
import { readPartners } from '../../domain/partners';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { PictureCard } from '../../ui/PictureCard';
import { RemoveButton } from '../../ui/RemoveButton';
import { Section } from '../../ui/Section';
import type { KindViewProps } from '../types';
import { memoType, memoWrite, newMemo, readMemos } from './model';
import { MemoEditor } from './parts/MemoEditor';
import { MemoPage } from './parts/MemoPage';

const editPrefix = 'edit-';

/** The meeting's memos (step null), one memo (step = its key) and its editor (step "edit-<key>"). */
export function View({ exercise, members, answers, sources, step, onStep }: KindViewProps<'memo'>) {
  const { t, tContent, language } = useT();
  const { parts, introKey } = exercise.config;
  const memos = readMemos(answers.entries);
  const partners = readPartners(sources);
  const editing = step?.startsWith(editPrefix) ? step.slice(editPrefix.length) : null;
  const open = memos.find((m) => m.key === (editing ?? step));
  if (open && editing) {
    return <MemoEditor key={open.key} memoKey={open.key} saved={open} parts={parts} members={members} partners={partners} answers={answers} onDone={() => onStep(open.key)} />;
  }
  if (open) {
    return (
      <div class="stack">
        <MemoPage memo={open} parts={parts} members={members} partners={partners} />
        <div class="button-row">
          <BigButton variant="primary" pictogram="edit" label={t('memo.edit')} onClick={() => onStep(`${editPrefix}${open.key}`)} />
          <BigButton pictogram="memo" label={t('memo.all')} onClick={() => onStep(null)} />
          <RemoveButton label={t('memo.remove')} onClick={() => void answers.remove(memoType, open.key, t('memo.removed')).then(() => onStep(null))} />
        </div>
      </div>
    );
  }
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(introKey)} speakLabel={t('actions.listen')} />
      <BigButton
        variant="primary"
        layout="tile"
        pictogram="add"
        label={t('memo.new')}
        onClick={async () => {
          const key = crypto.randomUUID();
          await answers.put(memoWrite(key, newMemo(today(), Date.now())));
          onStep(`${editPrefix}${key}`);
        }}
      />
      <Section title={t('memo.list', { count: memos.length })} pictogram="memo">
        <ul class="stack">
          {memos.map((memo) => (
            <li key={memo.key}>
              <BigButton pictogram="memo" label={memo.topic || t('memo.untitled')} onClick={() => onStep(memo.key)}>
                {memo.day ? <span class="big-button__note"> {formatDay(memo.day, language)}</span> : null}
              </BigButton>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
