import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { PictureCard } from '../../ui/PictureCard';
import { Section } from '../../ui/Section';
import type { KindViewProps } from '../types';
import { answerCards, newAnswerWrite } from './model';
import { AnswerCardView } from './parts/AnswerCardView';
import { NewAnswer } from './parts/NewAnswer';

/** The questions to ask, one big "new answer" button, and the answers as cards (step "new": the form). */
export function View({ exercise, answers, step, onStep }: KindViewProps<'fieldNotes'>) {
  const { t, tContent } = useT();
  const { questions, introKey, newAnswerKey, afterKey } = exercise.config;
  if (step === 'new') {
    return (
      <NewAnswer
        questions={questions}
        onSave={async (replies) => {
          const write = newAnswerWrite(replies);
          if (write) await answers.put(write);
          onStep(null);
        }}
        onCancel={() => onStep(null)}
        draftKey={answers.draftKey}
      />
    );
  }
  const cards = answerCards(answers.entries);
  return (
    <div class="stack">
      <PictureCard pictogram={exercise.pictogram} text={tContent(introKey)} speakLabel={t('actions.listen')} />
      <Section title={t('kinds.fieldNotes.questions')} pictogram="question">
        {questions.map((q) => (
          <PictureCard key={q.id} size="large" pictogram={q.pictogram} text={tContent(q.textKey)} speakLabel={t('actions.listen')} />
        ))}
        {afterKey ? <PictureCard pictogram="meet-partner" text={tContent(afterKey)} speakLabel={t('actions.listen')} /> : null}
      </Section>
      <BigButton
        variant="primary"
        layout="tile"
        pictogram="new-answer"
        label={newAnswerKey ? tContent(newAnswerKey) : t('kinds.fieldNotes.newAnswer')}
        onClick={() => onStep('new')}
      />
      <Section title={t('kinds.fieldNotes.answers', { count: cards.length })} pictogram="small-talk">
        <ul class="story-list">
          {cards.map((card, index) => (
            <li key={card.key}>
              <AnswerCardView
                card={card}
                number={cards.length - index}
                questions={questions}
                onRemove={() => void answers.remove('answer', card.key, t('kinds.fieldNotes.removed'))}
              />
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
