// What one slide shows: the group and its people, the goal, a part of the plan with its words,
// drawing or voice note, a photo, and the thanks.
import { useT } from '../../i18n/useT';
import type { Words } from '../../kinds/pitchBuilder/suggestions';
import { Avatar, memberLook } from '../../ui/Avatar';
import { MediaImage } from '../../ui/MediaImage';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import type { Slide } from './slides';

export function SlideFace({ slide }: { readonly slide: Slide }) {
  const { t, tContent } = useT();
  const say = (words: Words) => ('text' in words ? words.text : tContent(words.textKey));
  switch (slide.kind) {
    case 'title':
      // The words first, so "Hei! Me olemme …" is read before the names; the pictures are shown above them.
      return (
        <>
          <h2 class="slide__text">
            <Say text={t('slideshow.hello', { name: slide.groupName })} />
          </h2>
          <div class="slide__picture slide__people">
            {slide.members.length > 0 ? (
              slide.members.map((m) => (
                <Avatar key={m.id} {...memberLook(m)} photoId={m.photoConsent ? m.photoId : undefined} size="large" />
              ))
            ) : (
              <Pictogram id="group" size={240} class="slide__pictogram" />
            )}
          </div>
        </>
      );
    case 'goal':
      return (
        <>
          <div class="slide__picture">
            {slide.photoId ? (
              <MediaImage mediaId={slide.photoId} alt={t('cards.goal.title')} size="large" />
            ) : (
              <Pictogram id={slide.pictogram} size={240} class="slide__pictogram" />
            )}
          </div>
          <div class="slide__text">
            <h2 class="slide__title">
              <Say text={`${t('cards.goal.title')}:`} />
            </h2>
            {slide.words.length > 0 ? <Say class="slide__words" text={slide.words.map(say).join(', ')} /> : null}
          </div>
        </>
      );
    case 'part':
      return (
        <>
          <div class="slide__picture">
            {slide.drawingId ? (
              <MediaImage mediaId={slide.drawingId} alt={t('slideshow.drawing')} size="large" />
            ) : (
              <Pictogram id={slide.pictogram} size={240} class="slide__pictogram" />
            )}
          </div>
          <div class="slide__text">
            <h2 class="slide__title">
              <Say text={tContent(slide.questionKey)} />
            </h2>
            {slide.text ? <Say class="slide__words" text={slide.text} /> : null}
            {slide.voiceId ? (
              <p class="slide__voice with-pictogram">
                <Pictogram id="record" size={48} />
                <Say text={t('slideshow.voiceNote')} />
              </p>
            ) : null}
          </div>
        </>
      );
    case 'photo':
      return (
        <>
          <div class="slide__picture">
            <MediaImage mediaId={slide.photoId} alt={t('slideshow.photo', { n: slide.n })} size="large" />
          </div>
          <h2 class="slide__text">
            <Say text={t('slideshow.photo', { n: slide.n })} />
          </h2>
        </>
      );
    case 'thanks':
      return (
        <>
          <div class="slide__picture">
            <Pictogram id="thanks" size={240} class="slide__pictogram" />
          </div>
          <h2 class="slide__text">
            <Say text={t('pitch.thanks')} />
          </h2>
        </>
      );
  }
}
