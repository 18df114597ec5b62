import { useState } from 'preact/hooks';
import type { PictureText } from '../../../content/types';
import type { Person } from '../../../domain/records';
import { useT } from '../../../i18n/useT';
import { Avatar, memberLook } from '../../../ui/Avatar';
import { BigButton } from '../../../ui/BigButton';
import { MediaImage } from '../../../ui/MediaImage';
import { PictureCard } from '../../../ui/PictureCard';
import { RemoveButton } from '../../../ui/RemoveButton';
import { Section } from '../../../ui/Section';
import { TextField } from '../../../ui/TextField';
import { PhotoInput, VoiceInput, VoicePlay } from '../../shared/MediaInputs';
import type { Answers } from '../../types';
import { removeMediaWrites, storyWrite, type Story, type StoryMedia } from '../model';

interface Props {
  readonly person: Person;
  readonly story: Story | undefined;
  readonly prompts: readonly PictureText[];
  readonly answers: Answers;
  readonly onDone: () => void;
}

/**
 * A member's turn: take a photo, then tell about it by voice or in writing. Each part saves at once.
 * A support person can take the photo or the voice note out again (with undo).
 */
export function StoryEditor({ person, story, prompts, answers, onDone }: Props) {
  const { t, tContent } = useT();
  const [text, setText] = useState(story?.text ?? '');
  const save = (change: Partial<Story>) => answers.put(storyWrite(person.id, story, change));
  const remove = (part: StoryMedia) => {
    const change = removeMediaWrites(person.id, story, part);
    if (change) void answers.putUndoable([change.write], [change.undo], t(part === 'photoId' ? 'kinds.photoStory.photoRemoved' : 'kinds.photoStory.voiceRemoved'));
  };
  return (
    <div class="stack">
      <div class="member-preview">
        <Avatar {...memberLook(person)} size="large" />
      </div>
      <Section title={t('kinds.photoStory.photo')} pictogram="photo">
        {story?.photoId ? <MediaImage mediaId={story.photoId} alt={t('kinds.photoStory.photoOf', { name: person.name })} size="large" /> : null}
        <PhotoInput hasPhoto={Boolean(story?.photoId)} onSaved={(photoId) => void save({ photoId })} />
        {story?.photoId ? <RemoveButton label={t('kinds.photoStory.removePhoto')} onClick={() => remove('photoId')} /> : null}
      </Section>
      <Section title={t('kinds.photoStory.tell')} pictogram="small-talk">
        {prompts.map((prompt) => (
          <PictureCard key={prompt.id} pictogram={prompt.pictogram} text={tContent(prompt.textKey)} speakLabel={t('actions.listen')} />
        ))}
        {story?.voiceId ? (
          <div class="button-row">
            <VoicePlay mediaId={story.voiceId} />
            <RemoveButton label={t('kinds.photoStory.removeVoice')} onClick={() => remove('voiceId')} />
          </div>
        ) : null}
        <VoiceInput hasVoice={Boolean(story?.voiceId)} onSaved={(voiceId) => void save({ voiceId })} />
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void save({ text });
          }}
        >
          <TextField name="story-text" label={t('kinds.photoStory.write')} pictogram="pencil-paper" value={text} maxLength={2000} multiline onInput={setText} />
          <BigButton type="submit" pictogram="save" label={t('kinds.photoStory.saveText')} />
        </form>
      </Section>
      <BigButton variant="primary" pictogram="done" label={t('actions.ready')} onClick={onDone} />
    </div>
  );
}
