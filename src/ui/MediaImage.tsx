import { useMediaUrl } from './useMediaUrl';

interface Props {
  readonly mediaId: string;
  /** Says what is in the photo ("Annan kuva"). */
  readonly alt: string;
  readonly size?: 'medium' | 'large';
}

/** A saved photo. */
export function MediaImage({ mediaId, alt, size = 'medium' }: Props) {
  const url = useMediaUrl(mediaId);
  return url ? (
    <img class={`media-image media-image--${size}`} src={url} alt={alt} data-media={mediaId} />
  ) : (
    <span class={`media-image media-image--${size} media-image--loading`} role="img" aria-label={alt} />
  );
}
