import type { PictogramId } from '../../content/pictogramId';
import type { Role } from '../../domain/records';

export const roleLabelKey = {
  participant: 'roles.participant',
  support: 'roles.support',
  peer: 'roles.peer',
} as const satisfies Record<Role, string>;

export const rolePictogram: Readonly<Record<Role, PictogramId>> = {
  participant: 'role-participant',
  support: 'role-support',
  peer: 'role-peer',
};
