import { useContext, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { BigButton } from '../../ui/BigButton';
import { PictureCard } from '../../ui/PictureCard';
import { RemoveButton } from '../../ui/RemoveButton';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import { TextField } from '../../ui/TextField';
import { SupportModeContext } from '../../ui/modePort';
import type { KindViewProps } from '../types';
import { chosenOptions, ownOptions, ownOptionWrite, toggleChoiceWrite } from './model';
import { ToPartnerList } from './parts/ToPartnerList';

/** Picture options to tap (any number), the group's own options, a field to add one; optionally info cards
 * above and a way to add what was chosen to the partner list. */
export function View({ exercise, answers, links }: KindViewProps<'choiceBoard'>) {
  const { t, tContent } = useT();
  const { questionKey, options, allowsOwn, info = [], addsToPartnerList = false } = exercise.config;
  const chosen = chosenOptions(answers.entries);
  const own = ownOptions(answers.entries);
  const [text, setText] = useState('');
  // The partner form is a support person's page (it asks for the PIN), so only they see "add".
  const isSupport = useContext(SupportModeContext);
  return (
    <div class="stack">
      {info.map((row) => (
        <PictureCard key={row.id} pictogram={row.pictogram} text={tContent(row.textKey)} speakLabel={t('actions.listen')} />
      ))}
      <div class="picture-card picture-card--medium" data-card>
        <div class="picture-card__body">
          <Say class="lead" text={tContent(questionKey)} />
        </div>
        <SpeakButton label={t('actions.listen')} scope="[data-card]" />
      </div>
      <div class="picture-choices" role="group" aria-label={tContent(questionKey)}>
        {options.map((option) => (
          <BigButton
            key={option.id}
            layout="tile"
            pictogram={option.pictogram}
            label={tContent(option.textKey)}
            pressed={chosen.has(option.id)}
            onClick={() => void answers.put(toggleChoiceWrite(option.id, chosen.has(option.id)))}
          />
        ))}
      </div>
      {own.length > 0 ? (
        <ul class="rule-list">
          {own.map((option) => (
            <li key={option.key} class="rule" data-card>
              <Say class="rule__text" text={option.text} />
              <div class="rule__actions">
                <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                {addsToPartnerList && isSupport ? (
                  <BigButton pictogram="add" label={t('kinds.choiceBoard.addToPartnerList')} href={links.newPartnerFrom(option.key)}>
                    <span class="visually-hidden"> {option.text}</span>
                  </BigButton>
                ) : null}
                <RemoveButton label={t('actions.remove')} onClick={() => void answers.remove('own', option.key, t('kinds.choiceBoard.removed'))}>
                  <span class="visually-hidden"> {option.text}</span>
                </RemoveButton>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {allowsOwn ? (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const write = ownOptionWrite(text);
            if (!write) return;
            setText('');
            void answers.put(write);
          }}
        >
          <TextField name="own-option" label={t('kinds.choiceBoard.own')} pictogram="add" value={text} maxLength={200} onInput={setText} />
          <BigButton type="submit" pictogram="add" label={t('kinds.choiceBoard.add')} />
        </form>
      ) : null}
      {addsToPartnerList ? <ToPartnerList config={exercise.config} chosen={chosen} hasOwn={own.length > 0} links={links} /> : null}
    </div>
  );
}
