import { useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Say } from '../../../ui/Say';
import { Section } from '../../../ui/Section';
import { SpeakButton } from '../../../ui/SpeakButton';
import { TextField } from '../../../ui/TextField';
import type { KindViewProps } from '../../types';
import { helperRows, newHelperWrites, toggleHelperWrite } from '../model';

/** The list of what helps to succeed: tick the rows that help the group, and add the group's own. */
export function HelpersStep({ exercise, answers, onStep }: KindViewProps<'situationCards'>) {
  const { t, tContent } = useT();
  const [words, setWords] = useState('');
  const rows = helperRows(exercise.config, answers.entries);
  return (
    <div class="stack">
      <Section title={t('kinds.situationCards.helpersTitle')} pictogram="good-things">
        <p class="lead">
          <Say text={t('kinds.situationCards.helpersIntro')} />
        </p>
        <ul class="checklist">
          {rows.map((row) => {
            const text = row.text ?? tContent(row.textKey ?? '');
            return (
              <li key={row.id} class="checklist__row" data-card>
                <label class={row.isTicked ? 'checklist__item is-ticked' : 'checklist__item'}>
                  <input type="checkbox" class="visually-hidden" checked={row.isTicked} onChange={() => void answers.put(toggleHelperWrite(row))} />
                  <span class="checklist__box" aria-hidden="true">
                    {row.isTicked ? <Pictogram id="done" size={40} /> : null}
                  </span>
                  <Pictogram id={row.pictogram} size={48} />
                  <Say class="checklist__text" text={text} />
                </label>
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                {row.isOwn ? (
                  <RemoveButton label={t('actions.remove')} onClick={() => void answers.remove('helper', row.id, t('kinds.situationCards.helperRemoved'))}>
                    <span class="visually-hidden"> {text}</span>
                  </RemoveButton>
                ) : null}
              </li>
            );
          })}
        </ul>
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const writes = newHelperWrites(words);
            if (writes.length === 0) return;
            setWords('');
            void answers.put(...writes);
          }}
        >
          <TextField name="own-helper" label={t('kinds.situationCards.writeHelper')} pictogram="add" value={words} maxLength={200} onInput={setWords} />
          <BigButton type="submit" pictogram="add" label={t('kinds.situationCards.addHelper')} />
        </form>
      </Section>
      <BigButton pictogram="previous" label={t('kinds.situationCards.backToCards')} onClick={() => onStep(null)} />
    </div>
  );
}
