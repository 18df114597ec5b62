import { useT } from '../../i18n/useT';
import { Avatar, memberLook } from '../../ui/Avatar';
import { PictureCard } from '../../ui/PictureCard';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { MemberTurns } from '../shared/MemberTurns';
import { TodoRecap } from '../shared/TodoRecap';
import { todosExerciseId } from '../shared/todos';
import type { KindViewProps } from '../types';
import { moodsByPerson, moodSummary, moodWrite } from './model';
import { MoodPanel } from './MoodPanel';

/** Each member taps their picture and picks how they are; the round is shown as pictures. */
export function View({ exercise, members, answers, sources, links }: KindViewProps<'moodCheckIn'>) {
  const { t, tContent } = useT();
  const { questionKey, options, afterKey } = exercise.config;
  const moods = moodsByPerson(answers.entries);
  const optionOf = (personId: string) => options.find((o) => o.id === moods.get(personId));
  const summary = moodSummary(options, answers.entries, members.map((m) => m.id));
  const byId = new Map(members.map((m) => [m.id, m]));

  return (
    <div class="stack">
      {exercise.sources?.includes(todosExerciseId) ? <TodoRecap meetingId={exercise.id.slice(0, 3)} sources={sources} members={members} /> : null}
      <p class="lead">
        <Say text={tContent(questionKey)} />
      </p>
      <MemberTurns
        members={members}
        title={t('turns.whoseTurn')}
        titlePictogram="group"
        membersHref={links.members}
        badgeOf={(m) => optionOf(m.id)?.pictogram}
        describe={(m) => {
          const option = optionOf(m.id);
          return option ? tContent(option.textKey) : t('turns.notYet');
        }}
        turn={(person, done) => (
          <MoodPanel
            person={person}
            question={tContent(questionKey)}
            options={options}
            current={moods.get(person.id)}
            onPick={(optionId) => void answers.put(moodWrite(person.id, optionId))}
            onDone={done}
          />
        )}
        footer={
          summary.length > 0 ? (
            <Section title={t('kinds.moodCheckIn.summary')} pictogram="results">
              <ul class="mood-summary">
                {summary.map(({ option, personIds }) => (
                  <li key={option.id} class="mood-summary__row" data-card>
                    <Pictogram id={option.pictogram} size={56} />
                    <Say class="mood-summary__label" text={`${tContent(option.textKey)}: ${personIds.map((id) => byId.get(id)?.name ?? '').join(', ')}`} />
                    <span class="result__voters" aria-hidden="true">
                      {personIds.map((id) => {
                        const m = byId.get(id);
                        return m ? <Avatar key={id} {...memberLook(m)} size="small" showName={false} /> : null;
                      })}
                    </span>
                  </li>
                ))}
              </ul>
              {afterKey ? <PictureCard pictogram="praise" text={tContent(afterKey)} speakLabel={t('actions.listen')} /> : null}
            </Section>
          ) : null
        }
      />
    </div>
  );
}
