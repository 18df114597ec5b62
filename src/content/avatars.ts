import type { PictogramId } from './pictogramId';

/** The pictures a member can choose for themself (a photo comes later). */
export type AvatarPictogram = Extract<PictogramId, `avatar-${string}`>;

export const avatarPictograms: readonly AvatarPictogram[] = [
  'avatar-cat',
  'avatar-dog',
  'avatar-fox',
  'avatar-bear',
  'avatar-panda',
  'avatar-rabbit',
  'avatar-owl',
  'avatar-frog',
  'avatar-penguin',
  'avatar-hedgehog',
  'avatar-unicorn',
  'avatar-butterfly',
  'avatar-sunflower',
  'avatar-clover',
  'avatar-star',
  'avatar-rainbow',
  'avatar-rocket',
  'avatar-guitar',
  'avatar-ball',
  'avatar-bicycle',
  'avatar-apple',
  'avatar-strawberry',
  'avatar-crown',
  'avatar-moon',
];
