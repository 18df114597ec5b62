// Meeting 2, "Yhtä mieltä?": the workbook's eleven statements about a good friend. Some of them
// describe a good friend, some do not; the group's yes/no votes decide which become its rules.
// A statement the group disagrees with is agreement too: its opposite can be the rule.
import type { PictureText, Statement } from './types';

const statement = (id: string, pictogram: PictureText['pictogram'], hasOpposite = false): Statement => ({
  id,
  textKey: `statements.${id}`,
  pictogram,
  ...(hasOpposite ? { oppositeKey: `statementOpposites.${id}` } : {}),
});

export const goodFriendStatements: readonly Statement[] = [
  statement('listens', 'listen'),
  statement('never-disagree', 'disagree', true),
  statement('buys-gifts', 'gift', true),
  statement('tells-my-things', 'tell-everyone', true),
  statement('must-kiss', 'kiss', true),
  statement('must-not-help', 'no-help', true),
  statement('no-gossip', 'no-gossip'),
  statement('laugh-together', 'laugh'),
  statement('gives-money', 'money', true),
  statement('helps-me', 'help-each-other'),
  statement('trustworthy', 'trust'),
];
