import { useT } from '../../i18n/useT';
import { AvatarButton, memberLook } from '../../ui/Avatar';
import { PictureCard } from '../../ui/PictureCard';
import { Section } from '../../ui/Section';
import type { KindViewProps } from '../types';
import { hasContent, storiesByPerson } from './model';
import { StoryCard } from './parts/StoryCard';
import { StoryEditor } from './parts/StoryEditor';
import { NoMembers } from '../shared/NoMembers';

/** The prompts, every member's picture story, and each member's own page (step = person id). */
export function View(props: KindViewProps<'photoStory'>) {
  const { exercise, members, answers, step, onStep, links } = props;
  const { t, tContent } = useT();
  const stories = storiesByPerson(answers.entries);
  const person = members.find((m) => m.id === step);
  if (person) return <StoryEditor person={person} story={stories.get(person.id)} prompts={exercise.config.prompts} answers={answers} onDone={() => onStep(null)} />;

  const told = members.filter((m) => hasContent(stories.get(m.id)));
  return (
    <div class="stack">
      {exercise.config.introKey ? <PictureCard pictogram={exercise.pictogram} text={tContent(exercise.config.introKey)} speakLabel={t('actions.listen')} /> : null}
      <Section title={t('kinds.photoStory.prompts')} pictogram="question">
        {exercise.config.prompts.map((prompt) => (
          <PictureCard key={prompt.id} pictogram={prompt.pictogram} text={tContent(prompt.textKey)} speakLabel={t('actions.listen')} />
        ))}
      </Section>
      {members.length === 0 ? (
        <NoMembers membersHref={links.members} />
      ) : (
        <Section title={t('kinds.photoStory.whoTells')} pictogram="photo">
          <div class="avatar-grid">
            {members.map((m) => (
              <AvatarButton
                key={m.id}
                {...memberLook(m)}
                badge={hasContent(stories.get(m.id)) ? 'done' : undefined}
                description={t(hasContent(stories.get(m.id)) ? 'kinds.photoStory.hasStory' : 'turns.notYet')}
                onClick={() => onStep(m.id)}
              />
            ))}
          </div>
        </Section>
      )}
      {told.length > 0 ? (
        <Section title={t('kinds.photoStory.stories')} pictogram="story">
          <ul class="story-list">
            {told.map((m) => (
              <li key={m.id}>
                <StoryCard person={m} story={stories.get(m.id) ?? {}} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
