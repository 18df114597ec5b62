import { useContext } from 'preact/hooks';
import type { PictogramId } from '../content/pictogramId';
import { HighContrastContext } from './speechPort';

interface Props {
  readonly id: PictogramId;
  /** Size in CSS pixels. */
  readonly size?: number;
  readonly class?: string;
}

/** A pictogram (pictograms/<set>/<id>.svg, precached). It sits beside its text, so screen readers skip it. */
export function Pictogram({ id, size = 48, class: className }: Props) {
  const set = useContext(HighContrastContext) ? 'high-contrast' : 'flat';
  return (
    <img
      class={className ? `pictogram ${className}` : 'pictogram'}
      src={`${import.meta.env.BASE_URL}pictograms/${set}/${id}.svg`}
      alt=""
      width={size}
      height={size}
      draggable={false}
      data-pictogram={id}
    />
  );
}
