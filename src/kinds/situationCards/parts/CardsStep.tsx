import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { PictureCard } from '../../../ui/PictureCard';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { AddCard } from '../../shared/AddCard';
import type { KindViewProps } from '../../types';
import { newSituationWrite, notesOf, situations, type Situation } from '../model';

/** The situation cards to act out (ready and own), and a way to add the group's own. */
export function CardsStep({ exercise, answers, onStep }: KindViewProps<'situationCards'>) {
  const { t, tContent } = useT();
  const cards = situations(exercise.config, answers.entries);
  const labelOf = (s: Situation) => (s.isOwn ? (s.text ?? t('kinds.situationCards.ownCard')) : tContent(s.textKey));
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} />
      <Section title={t('kinds.situationCards.chooseCard')} pictogram="act-out">
        <div class="picture-choices">
          {cards.map((s) => {
            const notes = notesOf(answers.entries, s.id);
            const count = notes.well.length + notes.wrong.length;
            return (
              <BigButton key={s.id} layout="tile" pictogram={s.isOwn ? 'act-out' : s.pictogram} label={labelOf(s)} onClick={() => onStep(`situation-${s.id}`)}>
                {count > 0 ? <Say class="badge" text={t('kinds.situationCards.noteCount', { count })} /> : null}
              </BigButton>
            );
          })}
        </div>
      </Section>
      <Section title={t('kinds.situationCards.addOwn')} pictogram="add">
        <AddCard label={t('kinds.situationCards.writeOwn')} pictogram="act-out" onAdd={(content) => void answers.put(newSituationWrite(content))} />
      </Section>
    </div>
  );
}
