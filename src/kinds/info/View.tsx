import { useEffect } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { PictureCard } from '../../ui/PictureCard';
import type { KindViewProps } from '../types';
import { seenWrite } from './model';

/** Picture cards with text, each read aloud on tap. Opening it marks it seen. */
export function View({ exercise, answers }: KindViewProps<'info'>) {
  const { t, tContent } = useT();
  const isSeen = answers.entries.some((e) => e.type === 'seen');
  useEffect(() => {
    if (!isSeen) void answers.put(seenWrite);
    // Mark seen once; `answers` is a new object on every render.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [isSeen]);
  return (
    <div class="stack">
      {exercise.config.paragraphs.map((p) => (
        <PictureCard key={p.id} pictogram={p.pictogram} text={tContent(p.textKey)} speakLabel={t('actions.listen')} />
      ))}
    </div>
  );
}
