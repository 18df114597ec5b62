// The drawing pad, loaded only when someone opens it: a big white canvas to draw on with a finger,
// pen or mouse, five thick colours, an eraser, undo stroke by stroke, "Tyhjennä" (undo brings the
// drawing back), "Peru" leaves without saving and "Valmis" gives the drawing as a picture.
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../i18n/useT';
import { BigButton } from '../../../ui/BigButton';
import { Pictogram } from '../../../ui/Pictogram';
import { Say } from '../../../ui/Say';
import { SpeechContext } from '../../../ui/speechPort';
import {
  canUndo,
  cleared,
  drawStroke,
  emptyDrawing,
  hasInk,
  outputSize,
  penColour,
  pens,
  penStrokeWidth,
  pointOn,
  renderDrawing,
  undone,
  withStroke,
  type Drawing,
  type PenId,
  type Point,
  type Stroke,
} from './strokes';

interface Props {
  /** The finished drawing as a PNG on white paper. */
  readonly onDone: (picture: Blob) => void;
  /** Leaves without saving. */
  readonly onClose: () => void;
}

interface Live {
  readonly pointerId: number;
  readonly stroke: { colour: string; width: number; points: Point[] };
}

/** The canvas's drawing context at its size on screen (sharp on high-density screens). */
function paperOf(canvas: HTMLCanvasElement): { paper: CanvasRenderingContext2D; width: number; height: number } | null {
  const paper = canvas.getContext('2d');
  if (!paper) return null;
  const ratio = canvas.width / Math.max(1, canvas.clientWidth);
  paper.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { paper, width: canvas.clientWidth, height: canvas.clientHeight };
}

/** Where a pointer is on the canvas, as fractions of its size. */
function pointAt(canvas: Element, event: { readonly clientX: number; readonly clientY: number }): Point {
  const rect = canvas.getBoundingClientRect();
  return pointOn(event.clientX - rect.left, event.clientY - rect.top, rect.width, rect.height);
}

export function DrawingPad({ onDone, onClose }: Props) {
  const { t } = useT();
  const speech = useContext(SpeechContext);
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawing, setDrawing] = useState<Drawing>(emptyDrawing);
  const drawingRef = useRef(drawing);
  drawingRef.current = drawing;
  const [pen, setPen] = useState<PenId>('black');
  const [justCleared, setJustCleared] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const live = useRef<Live | null>(null);

  const redraw = () => {
    const el = canvas.current;
    const on = el ? paperOf(el) : null;
    if (!on) return;
    renderDrawing(on.paper, drawingRef.current.strokes, on.width, on.height);
    if (live.current) drawStroke(on.paper, live.current.stroke, on.width, on.height);
  };

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
  }, []);

  // The canvas keeps its pixels the size it is on screen; the strokes are drawn again when it changes.
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const fit = () => {
      const ratio = Math.min(3, window.devicePixelRatio || 1);
      el.width = Math.max(1, Math.round(el.clientWidth * ratio));
      el.height = Math.max(1, Math.round(el.clientHeight * ratio));
      redraw();
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // oxlint-disable-next-line react-hooks/exhaustive-deps
  useEffect(redraw, [drawing]);

  const down = (event: PointerEvent) => {
    if (live.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    (event.currentTarget as HTMLCanvasElement).setPointerCapture?.(event.pointerId);
    live.current = { pointerId: event.pointerId, stroke: { colour: penColour(pen), width: penStrokeWidth(pen), points: [pointAt(event.currentTarget as Element, event)] } };
    setJustCleared(false);
    redraw();
  };
  const move = (event: PointerEvent) => {
    const current = live.current;
    if (!current || current.pointerId !== event.pointerId) return;
    event.preventDefault();
    const from = current.stroke.points.length - 1;
    const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    for (const e of events.length > 0 ? events : [event]) current.stroke.points.push(pointAt(event.currentTarget as Element, e));
    const on = canvas.current ? paperOf(canvas.current) : null;
    if (on) drawStroke(on.paper, current.stroke, on.width, on.height, from);
  };
  const up = (event: PointerEvent) => {
    const current = live.current;
    if (!current || current.pointerId !== event.pointerId) return;
    live.current = null;
    const stroke: Stroke = current.stroke;
    setDrawing((previous) => withStroke(previous, stroke));
  };

  const finish = () => {
    const el = canvas.current;
    if (!el || !hasInk(drawing)) {
      onClose();
      return;
    }
    const size = outputSize(el.clientWidth, el.clientHeight);
    const picture = document.createElement('canvas');
    picture.width = size.width;
    picture.height = size.height;
    const paper = picture.getContext('2d');
    if (!paper) return;
    renderDrawing(paper, drawing.strokes, size.width, size.height);
    setSaving(true);
    picture.toBlob((blob) => {
      setSaving(false);
      if (blob) onDone(blob);
    }, 'image/png');
  };

  return (
    <dialog ref={dialog} class="drawing-dialog" aria-labelledby="drawing-title" onCancel={onClose} onClose={onClose}>
      <div class="drawing-pad">
        <h2 id="drawing-title" class="drawing-pad__title">
          <Pictogram id="drawing" size={40} />
          <Say text={t('drawing.title')} />
        </h2>
        <div class="drawing-pad__paper">
          <canvas
            ref={canvas}
            class="drawing-pad__canvas"
            role="img"
            aria-label={t('drawing.canvas')}
            onPointerDown={down}
            onPointerMove={move}
            onPointerUp={up}
            onPointerCancel={up}
          />
        </div>
        {justCleared ? (
          <p class="drawing-pad__status" role="status">
            <Say text={t('drawing.cleared')} />
          </p>
        ) : null}
        <div class="drawing-pad__pens" role="group" aria-label={t('drawing.pens')}>
          {pens.map((p) => (
            <button
              key={p.id}
              type="button"
              class="drawing-pen"
              aria-pressed={pen === p.id}
              onClick={(event) => {
                speech.sayTapped(event.currentTarget);
                setPen(p.id);
              }}
            >
              <span class="drawing-pen__swatch" style={{ background: p.colour }} aria-hidden="true" />
              <Say class="drawing-pen__name" text={t(p.nameKey)} />
            </button>
          ))}
          <BigButton layout="tile" class="drawing-pad__eraser" pictogram="eraser" label={t('drawing.eraser')} pressed={pen === 'eraser'} onClick={() => setPen('eraser')} />
        </div>
        <div class="drawing-pad__tools">
          <BigButton
            pictogram="undo"
            label={t('drawing.undo')}
            disabled={!canUndo(drawing)}
            onClick={() => {
              setJustCleared(false);
              setDrawing(undone);
            }}
          />
          <BigButton
            pictogram="remove"
            label={t('drawing.clear')}
            disabled={drawing.strokes.length === 0}
            onClick={() => {
              setDrawing(cleared);
              setJustCleared(true);
            }}
          />
          <BigButton variant="quiet" pictogram="close" label={t('drawing.cancel')} onClick={onClose} />
          <BigButton variant="primary" pictogram="done" label={t('drawing.done')} disabled={isSaving} onClick={finish} />
        </div>
      </div>
    </dialog>
  );
}
