import { useContext } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { OwnPicturesContext } from './ownPicturesPort';
import { HighContrastContext } from './speechPort';

interface Props {
  readonly id: PictogramId;
  /** Size in CSS pixels. */
  readonly size?: number;
  readonly class?: string;
}

/**
 * A pictogram (pictograms/<set>/<id>.svg, precached), or the open group's own photo for it (the same
 * box, also in high contrast). It sits beside its text, so screen readers skip it.
 */
export function Pictogram({ id, size = 48, class: className }: Props) {
  const set = useContext(HighContrastContext) ? 'high-contrast' : 'flat';
  const own = useContext(OwnPicturesContext)?.get(id);
  return (
    <img
      class={`pictogram${own ? ' pictogram--own' : ''}${className ? ` ${className}` : ''}`}
      src={own ?? `${import.meta.env.BASE_URL}pictograms/${set}/${id}.svg`}
      alt=""
      width={size}
      height={size}
      draggable={false}
      data-pictogram={id}
    />
  );
}
