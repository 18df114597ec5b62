import type { ComponentChildren } from 'preact';
import type { PictogramId } from '../content/pictogramId';
import { Pictogram } from './Pictogram';
import { Say } from './Say';

export interface AvatarLook {
  readonly name: string;
  readonly colourHex: string;
  readonly avatar: PictogramId;
  /** The member's own photo (a media id): shown instead of the pictogram once it has loaded. */
  readonly photoId?: string | undefined;
}

export interface AvatarProps extends AvatarLook {
  readonly size?: 'small' | 'medium' | 'large';
  /** A small pictogram on the disc's corner (a vote, a tick). */
  readonly badge?: PictogramId | undefined;
  readonly showName?: boolean;
}

/**
 * A member's picture: their pictogram on their colour, or what `picture` gives instead (their photo,
 * see Avatar.tsx) in a ring of their colour, with their name under it. Kept apart from the photo
 * loading, so the start screen's small pictures cost the initial JavaScript nothing more.
 */
export function AvatarDisc({ name, colourHex, avatar, size = 'medium', badge, showName = true, picture }: AvatarProps & { readonly picture?: ComponentChildren }) {
  const px = size === 'large' ? 96 : size === 'medium' ? 56 : 32;
  return (
    <span class={`avatar avatar--${size}`}>
      <span class="avatar__disc" style={{ '--avatar-colour': colourHex }}>
        {picture ?? <Pictogram id={avatar} size={px} />}
        {badge ? <Pictogram id={badge} size={Math.round(px / 2)} class="avatar__badge" /> : null}
      </span>
      {showName ? <Say class={name.length > 14 ? 'avatar__name avatar__name--long' : 'avatar__name'} text={name} /> : null}
    </span>
  );
}
