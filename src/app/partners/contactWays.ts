import type { PictogramId } from '../../content/pictogramId';
import type { ContactWay } from '../../domain/partners';

export const contactWayPictogram: Readonly<Record<ContactWay, PictogramId>> = {
  phone: 'phone',
  'e-mail': 'e-mail',
  message: 'text-message',
  'video-call': 'video-call',
  visit: 'meet-partner',
};
