import { useContext, useMemo, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { reportError } from '../../state/errorStore';
import { offerUndo } from '../../state/undoStore';
import { listOwnPictures, removeOwnPicture, restoreOwnPicture, setOwnPicture } from '../../storage/repositories/ownPictures';
import { BigButton } from '../../ui/BigButton';
import { Loading } from '../../ui/Loading';
import { MediaContext, type MediaProblem } from '../../ui/mediaPort';
import { Notice } from '../../ui/Notice';
import { OwnPicturesContext } from '../../ui/ownPicturesPort';
import { PhotoButton } from '../../ui/PhotoButton';
import { Pictogram } from '../../ui/Pictogram';
import { Say } from '../../ui/Say';
import { Section } from '../../ui/Section';
import { useLive } from '../hooks/useLive';
import { AppScreen } from '../parts/AppScreen';
import { mediaPortFor } from '../parts/mediaPortFor';
import type { Route } from '../router';
import { pictogramGroups, type UsedPictogram } from './usedPictograms';

const problemKey = {
  notAnImage: 'media.problems.notAnImage',
  noMicrophone: 'media.problems.noMicrophone',
  saveFailed: 'media.problems.saveFailed',
} as const satisfies Record<MediaProblem, string>;

interface TileProps {
  readonly groupId: string;
  readonly item: UsedPictogram;
  /** The group's photo for this pictogram now, or null. */
  readonly photoUrl: string | null;
  readonly hasPhoto: boolean;
  readonly onProblem: (problem: MediaProblem | null) => void;
}

/** One pictogram with its words: take or choose a photo for it, or put the picture back (with undo). */
function PictureTile({ groupId, item, photoUrl, hasPhoto, onProblem }: TileProps) {
  const { t, tContent } = useT();
  const words = item.textKeys
    .map((key) => tContent(key))
    .filter((text, n, all) => text && all.indexOf(text) === n)
    .sort((a, b) => a.length - b.length)
    .slice(0, 2)
    .join(' · ');
  return (
    <li class={`own-picture${hasPhoto ? ' has-photo' : ''}`} data-own-picture={item.id}>
      <div class="own-picture__pictures">
        <Pictogram id={item.id} size={64} />
        {photoUrl ? <img class="pictogram pictogram--own" src={photoUrl} width={64} height={64} alt={t('ownPictures.photoOf', { words })} /> : null}
      </div>
      <p class="own-picture__words">
        <Say text={words} />
      </p>
      <PhotoButton
        label={t(hasPhoto ? 'ownPictures.change' : 'ownPictures.take')}
        onSaved={(photoId) => {
          onProblem(null);
          void setOwnPicture(groupId, item.id, photoId).catch(reportError);
        }}
        onProblem={onProblem}
      />
      {hasPhoto ? (
        <BigButton
          pictogram="undo"
          label={t('ownPictures.restore')}
          onClick={() => {
            void removeOwnPicture(groupId, item.id)
              .then(() => offerUndo({ message: t('ownPictures.restored'), undo: () => restoreOwnPicture(groupId, item.id) }))
              .catch(reportError);
          }}
        />
      ) : null}
    </li>
  );
}

/**
 * The group's own pictures (support persons): any picture of the group's exercises can show a photo of
 * the group's own instead — everywhere it is shown in this group. The pictures in use come first, then
 * each meeting's pictures (opened one meeting at a time, so the page stays light).
 */
export function OwnPicturesScreen({ route, groupId }: { readonly route: Route; readonly groupId: string }) {
  const { t, tContent } = useT();
  const photos = useLive(() => listOwnPictures(groupId), [groupId]);
  const urls = useContext(OwnPicturesContext);
  const media = useMemo(() => mediaPortFor(groupId), [groupId]);
  const groups = useMemo(() => pictogramGroups(), []);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const tile = (item: UsedPictogram) => (
    <PictureTile key={item.id} groupId={groupId} item={item} photoUrl={urls?.get(item.id) ?? null} hasPhoto={photos?.has(item.id) ?? false} onProblem={setProblem} />
  );
  // Each picture once, with the words of all its uses.
  const inUse = useMemo(() => {
    const all = new Map<string, UsedPictogram>();
    for (const group of groups) for (const item of group.pictograms) all.set(item.id, { id: item.id, textKeys: [...(all.get(item.id)?.textKeys ?? []), ...item.textKeys] });
    return [...(photos?.keys() ?? [])].flatMap((id) => all.get(id) ?? []);
  }, [groups, photos]);

  return (
    <AppScreen route={route} title={t('ownPictures.title')}>
      <p class="lead">
        <Say text={t('ownPictures.intro')} />
      </p>
      {problem ? <Notice pictogram="photo" tone="warning" text={t(problemKey[problem])} /> : null}
      {photos === undefined ? (
        <Loading />
      ) : (
        <MediaContext.Provider value={media}>
          {/* The pictograms themselves here; the group's photos are shown beside them. */}
          <OwnPicturesContext.Provider value={null}>
            <Section title={t('ownPictures.inUse')} pictogram="pictures">
              {inUse.length === 0 ? (
                <p>
                  <Say text={t('ownPictures.none')} />
                </p>
              ) : (
                <ul class="own-pictures__grid">{inUse.map(tile)}</ul>
              )}
            </Section>
            {groups.map((group) => (
              <details
                key={group.id}
                class="own-pictures__meeting"
                data-group={group.id}
                onToggle={(event) => {
                  const isOpen = event.currentTarget.open;
                  setOpen((now) => {
                    const next = new Set(now);
                    if (isOpen) next.add(group.id);
                    else next.delete(group.id);
                    return next;
                  });
                }}
              >
                <summary>
                  <Pictogram id={group.pictogram} size={48} />
                  <Say text={group.number === null ? t('agreements.title') : t('ownPictures.meeting', { n: group.number, title: tContent(group.titleKey) })} />
                </summary>
                {open.has(group.id) ? <ul class="own-pictures__grid">{group.pictograms.map(tile)}</ul> : null}
              </details>
            ))}
          </OwnPicturesContext.Provider>
        </MediaContext.Provider>
      )}
    </AppScreen>
  );
}
