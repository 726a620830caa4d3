// Keeps a canvas's backing store at its displayed size times the device pixel ratio, so lines
// stay sharp on phones and high-density screens. Drawing code then works in CSS pixels.

/** Resizes when needed; returns { width, height, ctx } in CSS pixels with the scale applied. */
export function prepareCanvas(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth));
  const height = Math.max(1, Math.round(canvas.clientHeight));
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { width, height, ctx };
}

/** Calls onResize (at most once per frame) whenever one of the canvases changes size. */
export function watchSize(canvases, onResize) {
  let pending = false;
  const observer = new ResizeObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        onResize();
      });
    }
  });
  for (const canvas of canvases) {
    observer.observe(canvas);
  }
}
