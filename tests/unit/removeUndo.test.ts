// Remove with undo, as the app wires it (answersFor → entries repository → undo store), on real
// (fake) IndexedDB: what is removed leaves the kind's view of the answers, and undo brings it back.
import { beforeEach, describe, expect, it } from 'vitest';
import { answersFor } from '../../src/app/hooks/answersFor';
import { canvasCards, newCardWrite as canvasCardWrite } from '../../src/kinds/canvas/model';
import { boardCards, newCardWrite } from '../../src/kinds/cardBoard/model';
import { answerCards, newAnswerWrite } from '../../src/kinds/fieldNotes/model';
import { removeMediaWrites, storiesByPerson, storyWrite } from '../../src/kinds/photoStory/model';
import type { Answers } from '../../src/kinds/types';
import { undoStore, runUndo } from '../../src/state/undoStore';
import { useDatabase } from '../../src/storage/db';
import { listExerciseEntries } from '../../src/storage/repositories/entries';
import { storedEntries } from './transferHelpers';

let n = 0;
beforeEach(() => {
  useDatabase(`remove-undo-${++n}`);
  undoStore.setState({ offer: null });
});

/** The exercise's answers as a view gets them after the database has answered. */
async function answersOf(exerciseId: string, meetingId: 'm02' | 'm03' | 'm04' | 'm05'): Promise<Answers> {
  return answersFor('g1', meetingId, exerciseId, await listExerciseEntries('g1', exerciseId));
}

describe('remove with undo', () => {
  it('removes an own card of the idea storm, keeps its tombstone, and undo brings it back', async () => {
    const write = newCardWrite({ areaId: 'wishes', text: 'Tanssi-ilta', choices: { what: 'dance' }, fieldTexts: { where: 'Pihalla' } }, 1);
    await (await answersOf('m04-idea-storm', 'm04')).put(write, newCardWrite({ areaId: 'wishes', text: 'Retki' }, 2));
    await (await answersOf('m04-idea-storm', 'm04')).remove('card', write.key, 'Poistit kortin.');
    const cards = async () => boardCards((await answersOf('m04-idea-storm', 'm04')).entries, [], []).map((c) => c.text);
    expect(await cards()).toEqual(['Retki']);
    expect((await storedEntries()).find((e) => e.key === write.key)).toMatchObject({ deleted: true });
    expect(undoStore.getState().offer?.message).toBe('Poistit kortin.');
    await runUndo();
    expect(await cards()).toEqual(['Tanssi-ilta', 'Retki']);
    const back = boardCards((await answersOf('m04-idea-storm', 'm04')).entries, [], [])[0];
    expect(back).toMatchObject({ choices: { what: 'dance' }, fieldTexts: { where: 'Pihalla' } });
    expect(undoStore.getState().offer).toBeNull();
  });

  it('removes a card of the action plan, and undo brings it back with its "still missing" mark', async () => {
    const write = canvasCardWrite('tools', 'need', { text: 'Kaiutin' }, 1);
    await (await answersOf('m05-plan', 'm05')).put({ ...write, data: { ...(write.data as object), missing: true } });
    await (await answersOf('m05-plan', 'm05')).remove('card', write.key, 'Poistit kortin.');
    expect(canvasCards((await answersOf('m05-plan', 'm05')).entries)).toEqual([]);
    await runUndo();
    expect(canvasCards((await answersOf('m05-plan', 'm05')).entries)).toMatchObject([{ sectionId: 'tools', text: 'Kaiutin', missing: true }]);
  });

  it('removes a passer-by’s answers in the city lift, and undo brings them back', async () => {
    const first = newAnswerWrite({ where: { text: 'Kirjastossa' } }, 1)!;
    const second = newAnswerWrite({ what: { text: 'Kävelyä' } }, 2)!;
    await (await answersOf('m03-city-lift', 'm03')).put(first, second);
    await (await answersOf('m03-city-lift', 'm03')).remove('answer', first.key, 'Poistit vastauksen.');
    const replies = async () => answerCards((await answersOf('m03-city-lift', 'm03')).entries).map((c) => c.replies);
    expect(await replies()).toEqual([{ what: { text: 'Kävelyä' } }]);
    await runUndo();
    expect(await replies()).toEqual([{ what: { text: 'Kävelyä' } }, { where: { text: 'Kirjastossa' } }]);
  });

  it('takes the photo out of a member’s picture story, and undo puts it back', async () => {
    await (await answersOf('m02-keys', 'm02')).put(storyWrite('anna', undefined, { photoId: 'photo-1', voiceId: 'voice-1', text: 'Avain kotiin.' }));
    const story = async () => storiesByPerson((await answersOf('m02-keys', 'm02')).entries).get('anna');
    const change = removeMediaWrites('anna', await story(), 'photoId')!;
    await (await answersOf('m02-keys', 'm02')).putUndoable([change.write], [change.undo], 'Poistit kuvan.');
    expect(await story()).toEqual({ voiceId: 'voice-1', text: 'Avain kotiin.' });
    await runUndo();
    expect(await story()).toEqual({ photoId: 'photo-1', voiceId: 'voice-1', text: 'Avain kotiin.' });
  });
});
