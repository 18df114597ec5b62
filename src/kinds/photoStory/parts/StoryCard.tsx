import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { MediaImage } from '../../../ui/MediaImage';
import { Say } from '../../../ui/Say';
import { SpeakButton } from '../../../ui/SpeakButton';
import { VoicePlay } from '../../shared/MediaInputs';
import type { Story } from '../model';

/** One member's picture story: their photo, their words, their voice. */
export function StoryCard({ person, story }: { readonly person: Person; readonly story: Story }) {
  const { t } = useT();
  return (
    <article class="story-card" data-card aria-label={person.name}>
      <div class="story-card__who">
        <Avatar {...memberLook(person)} size="small" />
      </div>
      {story.photoId ? <MediaImage mediaId={story.photoId} alt={t('kinds.photoStory.photoOf', { name: person.name })} /> : null}
      {story.text ? <Say class="story-card__text" text={story.text} /> : null}
      <div class="button-row">
        {story.text ? <SpeakButton label={t('actions.listen')} scope="[data-card]" /> : null}
        {story.voiceId ? <VoicePlay mediaId={story.voiceId} /> : null}
      </div>
    </article>
  );
}
