// Editing the data on the heatmap: click adds a point of the selected class, Shift-click one of
// the other class, right-click (or the remove mode) removes the nearest point. The keyboard can
// do the same: arrows move a cursor on the focused map, Enter adds, Delete removes.
export class DataEditor {
  constructor(canvas, { toData, add, remove, cursorMoved }) {
    this.addClass = 0;
    this.mode = 'add';
    this.cursor = [0.5, 0.5];
    this.enabled = true;
    const act = (event, removing, other) => {
      if (!this.enabled) return;
      const [x, y] = toData(event);
      if (removing || this.mode === 'remove') remove(x, y);
      else add(x, y, other ? (this.addClass === 0 ? 1 : 0) : this.addClass);
    };
    canvas.addEventListener('click', (e) => act(e, false, e.shiftKey));
    canvas.addEventListener('contextmenu', (e) => {
      e.preventDefault();
      act(e, true, false);
    });
    canvas.addEventListener('keydown', (e) => {
      const rect = canvas.getBoundingClientRect();
      const moves = { ArrowLeft: [-0.02, 0], ArrowRight: [0.02, 0], ArrowUp: [0, -0.02], ArrowDown: [0, 0.02] };
      if (moves[e.key]) {
        this.cursor[0] = Math.min(1, Math.max(0, this.cursor[0] + moves[e.key][0]));
        this.cursor[1] = Math.min(1, Math.max(0, this.cursor[1] + moves[e.key][1]));
        cursorMoved(this.cursor);
      } else if (e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace') {
        const fake = { clientX: rect.left + this.cursor[0] * rect.width,
          clientY: rect.top + this.cursor[1] * rect.height };
        act(fake, e.key !== 'Enter', e.shiftKey);
      } else {
        return;
      }
      e.preventDefault();
    });
  }
}
