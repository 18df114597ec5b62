import { beforeAll, describe, expect, it } from 'vitest';
import { feedbackSummaryDocument } from '../../src/app/documents/feedbackSummary';
import { initI18n } from '../../src/i18n/i18n';
import { groupData, record, texts } from './documentsFixture';
import { entry } from './fixtures';
import {
  canUndo,
  cleared,
  emptyDrawing,
  hasInk,
  outputSize,
  paperColour,
  penColour,
  pointOn,
  renderDrawing,
  undone,
  withStroke,
  type Paper,
  type Stroke,
} from '../../src/kinds/shared/drawing/strokes';
import { photoIdsIn } from '../../src/app/diary/model';
import { feedbackSummary, hasAnswer, responseWrite, withoutPart } from '../../src/kinds/feedbackKiosk/model';
import { cardSchema, hasContent } from '../../src/kinds/cardBoard/cards';
import * as v from 'valibot';
import { isAnswered, pitchAnswerSchema, pitchAnswerWrite } from '../../src/kinds/pitchBuilder/model';
import { newNoteWrite, noteSchema, notesOf } from '../../src/kinds/situationCards/model';

const line = (colour: string, ...points: (readonly [number, number])[]): Stroke => ({ colour, width: 0.025, points });
const red = line('#d62828', [0.1, 0.1], [0.5, 0.5]);
const blue = line('#1d4ed8', [0.2, 0.8], [0.8, 0.2], [0.9, 0.9]);

/** A canvas context that writes down what is drawn. */
function fakePaper() {
  const calls: string[] = [];
  const paper = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    lineCap: 'butt',
    lineJoin: 'miter',
    fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fillRect ${x} ${y} ${w} ${h} ${paper.fillStyle}`),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x: number, y: number) => calls.push(`moveTo ${x} ${y}`),
    lineTo: (x: number, y: number) => calls.push(`lineTo ${x} ${y}`),
    stroke: () => calls.push(`stroke ${paper.strokeStyle} ${paper.lineWidth}`),
    arc: (x: number, y: number, r: number) => calls.push(`arc ${x} ${y} ${r}`),
    fill: () => calls.push(`fill ${paper.fillStyle}`),
  };
  return { paper: paper as unknown as Paper, calls };
}

describe('the drawing model', () => {
  it('adds strokes and undoes them one by one, exactly', () => {
    const one = withStroke(emptyDrawing, red);
    const two = withStroke(one, blue);
    expect(two.strokes).toEqual([red, blue]);
    expect(undone(two).strokes).toEqual([red]);
    expect(undone(undone(two)).strokes).toEqual([]);
    expect(canUndo(undone(undone(two)))).toBe(false);
    // Undo with nothing to undo changes nothing.
    expect(undone(emptyDrawing)).toBe(emptyDrawing);
  });

  it('empties the pad, and undo brings every stroke back', () => {
    const drawn = withStroke(withStroke(emptyDrawing, red), blue);
    const empty = cleared(drawn);
    expect(empty.strokes).toEqual([]);
    expect(canUndo(empty)).toBe(true);
    expect(undone(empty).strokes).toEqual([red, blue]);
    // Emptying an empty pad is not a change to undo.
    expect(cleared(emptyDrawing)).toBe(emptyDrawing);
  });

  it('keeps no stroke without points, and an eraser alone is no drawing', () => {
    expect(withStroke(emptyDrawing, line('#000000'))).toBe(emptyDrawing);
    expect(hasInk(withStroke(emptyDrawing, line(penColour('eraser'), [0.5, 0.5])))).toBe(false);
    expect(hasInk(withStroke(emptyDrawing, red))).toBe(true);
    expect(penColour('eraser')).toBe(paperColour);
  });

  it('saves at the pad shape, the longer side 1200 px', () => {
    expect(outputSize(800, 600)).toEqual({ width: 1200, height: 900 });
    expect(outputSize(390, 500)).toEqual({ width: 936, height: 1200 });
    expect(outputSize(0, 0)).toEqual({ width: 1200, height: 1200 });
  });

  it('renders on white paper at the size asked, strokes scaled to it', () => {
    const { paper, calls } = fakePaper();
    renderDrawing(paper, [red, line('#15803d', [0.5, 0.25])], 1200, 900);
    expect(calls[0]).toBe(`fillRect 0 0 1200 900 ${paperColour}`);
    expect(calls).toContain('moveTo 120 90');
    expect(calls).toContain('lineTo 600 450');
    // The width is a fraction of the shorter side: 0.025 × 900.
    expect(calls).toContain('stroke #d62828 22.5');
    // A tap is a dot.
    expect(calls).toContain('arc 600 225 11.25');
  });

  it('keeps points inside the pad', () => {
    expect(pointOn(-5, 50, 100, 200)).toEqual([0, 0.25]);
    expect(pointOn(150, 250, 100, 200)).toEqual([1, 1]);
  });
});

describe('a drawing in the answers', () => {
  it('is a card of its own, kept by the card schema, and goes where photos go', () => {
    const card = { areaId: 'wishes', drawingId: 'd1', createdAt: 1 };
    expect(hasContent({ areaId: 'wishes', drawingId: 'd1' })).toBe(true);
    expect(v.parse(cardSchema, card)).toEqual(card);
    expect(photoIdsIn({ photoId: 'p1', drawingId: 'd1' })).toEqual(['p1', 'd1']);
  });

  it('is a kiosk answer, shown in the summary and removable', () => {
    expect(hasAnswer({ drawingId: 'd1' })).toBe(true);
    const write = responseWrite('r1', { replies: { nice: { drawingId: 'd1' } }, createdAt: 1 });
    expect(write.data).toEqual({ replies: { nice: { drawingId: 'd1' } }, createdAt: 1 });
    const response = { id: 'e', groupId: 'g', meetingId: 'm09', exerciseId: 'm09-feedback', type: 'response', key: 'r1', data: write.data, updatedAt: 1, deleted: false } as never;
    const config = { funQuestionKey: 'x', questions: [{ id: 'nice', textKey: 'q', pictogram: 'good-things', choices: [] }] } as never;
    expect(feedbackSummary(config, [response]).questions[0]!.drawings).toEqual([{ key: 'r1', drawingId: 'd1' }]);
    expect(withoutPart([response], 'r1', 'nice', 'drawingId')?.write.data).toEqual({ replies: {}, createdAt: 1 });
  });

  it('is a pitch answer of its own, kept with the words and voice', () => {
    expect(isAnswered({ drawingId: 'd1' })).toBe(true);
    const write = pitchAnswerWrite('who', { text: 'Me' }, { drawingId: 'd1' });
    expect(write.data).toEqual({ text: 'Me', drawingId: 'd1' });
    expect(v.parse(pitchAnswerSchema, write.data)).toEqual(write.data);
  });

  it('is an acting task note of its own', () => {
    const write = newNoteWrite('coffee', 'well', { drawingId: 'd1' }, 5);
    expect(write.data).toEqual({ situationId: 'coffee', side: 'well', drawingId: 'd1', createdAt: 5 });
    expect(v.parse(noteSchema, write.data)).toEqual(write.data);
    const note = { id: 'e', groupId: 'g', meetingId: 'm08', exerciseId: 'm08-own-shoes', type: 'note', key: write.key, data: write.data, updatedAt: 1, deleted: false } as never;
    expect(notesOf([note], 'coffee').well.map((n) => n.drawingId)).toEqual(['d1']);
  });
});

describe('a drawing on paper', () => {
  beforeAll(() => initI18n('fi'));

  it('is printed with the feedback summary, as the group’s photos are', () => {
    const response = entry('m09-feedback', 'response', 'r1', { replies: { nice: { drawingId: 'd1' } }, createdAt: 1 });
    const spec = feedbackSummaryDocument(groupData('m09-feedback', 'm09', null, [response]), texts());
    expect(spec).not.toBeNull();
    expect(record(spec!)).toContainEqual(['photos', ['d1']]);
  });
});
