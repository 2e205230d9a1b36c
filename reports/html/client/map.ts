/**
 * Pan and zoom for the network map (@panzoom/panzoom, bundled into the page): drag to pan, wheel
 * or pinch to zoom, buttons to zoom and fit. It moves the map with a CSS transform set through
 * CSSOM (element.style), which the page's Content-Security-Policy allows. Without the script the
 * map is a scrollable SVG.
 */
import Panzoom from '@panzoom/panzoom';
import { DOM } from './payload.js';

export interface MapView {
  /** Centre the map on an element inside it, at a readable scale. */
  readonly reveal: (target: Element) => void;
  /** True when the last pointer gesture moved the map (a drag, not a click). */
  readonly dragged: () => boolean;
}

const MAX_SCALE = 4;
/** Labels are readable from this scale up. */
const READABLE = 0.8;
/** The first view is never smaller than this, even when the whole map would need it. */
const FIRST_VIEW_MIN = 0.3;

export function setUpMap(): MapView | null {
  const frame = document.getElementById(DOM.map);
  const canvas = document.getElementById(DOM.mapCanvas);
  const svg = canvas?.querySelector('svg');
  if (!frame || !canvas || !svg) return null;
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  frame.classList.add('pz');
  const fitScale = () => Math.min(1, frame.clientWidth / width, frame.clientHeight / height);
  // First view: the whole map when that stays legible enough to find one's way; on a narrow screen
  // the top-left part at that scale (drag or Fit for the rest). The frame is no taller than the view needs.
  const first = Math.max(fitScale(), Math.min(1, FIRST_VIEW_MIN));
  frame.style.height = `${Math.min(frame.clientHeight, Math.ceil(height * first) + 16)}px`;
  const pz = Panzoom(canvas, { canvas: true, origin: '0 0', maxScale: MAX_SCALE, minScale: Math.min(0.05, fitScale()), startScale: first, cursor: 'grab' });
  /** Zoom to `s` and centre the drawing in the frame where it fits (translate is in unscaled units, origin 0 0). */
  const show = (s: number) => {
    pz.zoom(s, { animate: false });
    pz.pan(Math.max(0, (frame.clientWidth / s - width) / 2), Math.max(0, (frame.clientHeight / s - height) / 2), { animate: false, force: true });
  };
  const fit = () => show(fitScale());
  requestAnimationFrame(() => show(first));
  frame.addEventListener('wheel', (e) => pz.zoomWithWheel(e), { passive: false });

  let down: { x: number; y: number } | null = null;
  let moved = false;
  frame.addEventListener('pointerdown', (e) => {
    down = { x: e.clientX, y: e.clientY };
    moved = false;
  });
  frame.addEventListener('pointermove', (e) => {
    if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 4) moved = true;
  });
  frame.addEventListener('pointerup', () => (down = null));

  const tools = document.getElementById(DOM.mapTools);
  if (tools) {
    tools.hidden = false;
    const step = (factor: number) => pz.zoom(Math.min(MAX_SCALE, pz.getScale() * factor), { animate: false });
    const on = (action: string, fn: () => void) => tools.querySelector(`[data-map="${action}"]`)?.addEventListener('click', fn);
    on('in', () => step(1.25));
    on('out', () => step(0.8));
    on('fit', fit);
  }

  const reveal = (target: Element) => {
    const s = Math.max(READABLE, pz.getScale());
    pz.zoom(s, { animate: false });
    // The node's box in map units (the SVG's user units are its pixels at scale 1); panzoom applies
    // transforms on the next frame, so the geometry comes from the drawing, not from layout boxes.
    const rect = target.querySelector('rect');
    const at = (name: string) => Number(rect?.getAttribute(name) ?? 0);
    const cx = at('x') + at('width') / 2;
    const cy = at('y') + Math.min(at('height'), 60) / 2;
    pz.pan(frame.clientWidth / (2 * s) - cx, frame.clientHeight / (2 * s) - cy, { animate: false, force: true });
  };
  return { reveal, dragged: () => moved };
}
