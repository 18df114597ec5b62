import { useContext } from 'preact/hooks';
import { colourHex } from '../domain/people';
import type { Person } from '../domain/records';
import { AvatarDisc, type AvatarLook, type AvatarProps } from './AvatarDisc';
import { SpeechContext } from './speechPort';
import { useMediaUrl } from './useMediaUrl';

export type { AvatarLook } from './AvatarDisc';

type Props = AvatarProps;

/**
 * How a member looks wherever they appear: name, colour, pictogram and their own photo (people as
 * themselves: a place that passed these one by one could forget the photo). `<Avatar {...memberLook(m)} />`
 */
export const memberLook = (member: Pick<Person, 'name' | 'colour' | 'avatar' | 'photoId'>): AvatarLook => ({
  name: member.name,
  colourHex: colourHex(member.colour),
  avatar: member.avatar,
  photoId: member.photoId,
});

/**
 * A member's picture: their pictogram on their colour (a ring in their colour in high contrast), or
 * their own photo (`photoId`) in a ring of their colour, with their name under it. The photo is
 * decorative like the pictogram: the name is beside it (or said by the button around it).
 */
export function Avatar({ photoId, ...look }: Props) {
  const url = useMediaUrl(photoId);
  // Sized by the CSS (memberPhoto.css, and any rule for the pictogram it replaces).
  return <AvatarDisc {...look} picture={url ? <img class="pictogram avatar__photo" src={url} alt="" draggable={false} /> : undefined} />;
}

interface ButtonProps extends Props {
  readonly onClick: () => void;
  readonly pressed?: boolean;
  /** Said by screen readers after the name ("voted yes"). */
  readonly description?: string;
}

/** A member to tap: pass-the-tablet voting, choosing who came. */
export function AvatarButton({ onClick, pressed, description, ...look }: ButtonProps) {
  const speech = useContext(SpeechContext);
  return (
    <button
      type="button"
      class="avatar-button"
      onClick={(event) => {
        speech.sayTapped(event.currentTarget);
        onClick();
      }}
      {...(pressed !== undefined ? { 'aria-pressed': pressed } : {})}
    >
      <Avatar {...look} />
      {look.showName === false ? <span class="visually-hidden">{look.name}</span> : null}
      {description ? <span class="visually-hidden">{description}</span> : null}
    </button>
  );
}
