import type { ChecklistConfig } from '../../content/types';
import { useT } from '../../i18n/useT';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { SpeakButton } from '../../ui/SpeakButton';
import type { Answers, KindViewProps } from '../types';
import { tickedItems, toggleWrite } from './model';

export function View({ exercise, answers }: KindViewProps<'checklist'>) {
  return <ChecklistSections config={exercise.config} answers={answers} />;
}

interface SectionsProps {
  readonly config: ChecklistConfig;
  readonly answers: Answers;
}

/** Big tickable picture rows, in sections (also the support persons' list on a meeting's page). */
export function ChecklistSections({ config, answers }: SectionsProps) {
  const { t, tContent } = useT();
  const ticked = tickedItems(answers.entries);
  return (
    <div class="stack">
      {config.sections.map((section) => (
        <section key={section.id} class="checklist-section" aria-label={section.titleKey ? tContent(section.titleKey) : undefined}>
          {section.titleKey ? (
            <h3 class="section-title">
              {section.pictogram ? <Pictogram id={section.pictogram} size={40} /> : null}
              <Say text={tContent(section.titleKey)} />
            </h3>
          ) : null}
          <ul class="checklist">
            {section.items.map((item) => {
              const isTicked = ticked.has(item.id);
              return (
                <li key={item.id} class="checklist__row" data-card>
                  <label class={isTicked ? 'checklist__item is-ticked' : 'checklist__item'}>
                    <input
                      type="checkbox"
                      class="visually-hidden"
                      checked={isTicked}
                      onChange={() => void answers.put(toggleWrite(item.id, isTicked))}
                    />
                    <span class="checklist__box" aria-hidden="true">
                      {isTicked ? <Pictogram id="done" size={40} /> : null}
                    </span>
                    <Pictogram id={item.pictogram} size={48} />
                    <Say class="checklist__text" text={tContent(item.textKey)} />
                  </label>
                  <SpeakButton label={t('actions.listen')} scope="[data-card]" />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
