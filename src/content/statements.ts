// Meeting 2, "Yhtä mieltä?": the workbook's eleven statements about a good friend. Some of them
// describe a good friend, some do not; the group's yes/no votes decide which become its rules.
import type { PictureText } from './types';

const statement = (id: string, pictogram: PictureText['pictogram']): PictureText => ({
  id,
  textKey: `statements.${id}`,
  pictogram,
});

export const goodFriendStatements: readonly PictureText[] = [
  statement('listens', 'listen'),
  statement('never-disagree', 'disagree'),
  statement('buys-gifts', 'gift'),
  statement('tells-my-things', 'tell-everyone'),
  statement('must-kiss', 'kiss'),
  statement('must-not-help', 'no-help'),
  statement('no-gossip', 'no-gossip'),
  statement('laugh-together', 'laugh'),
  statement('gives-money', 'money'),
  statement('helps-me', 'help-each-other'),
  statement('trustworthy', 'trust'),
];
