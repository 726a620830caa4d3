// Plays a race at a chosen speed: a number of steps per second spread over animation frames, or
// "instant", which runs everything to its end in large batches without blocking the page.

const INSTANT_BATCH = 20000; // steps per run per frame in instant mode: a few milliseconds

export class Player {
  /** onFrame() is called after every batch; onStop() when playing ends for any reason. */
  constructor(onFrame, onStop) {
    this.onFrame = onFrame;
    this.onStop = onStop;
    this.race = null;
    this.playing = false;
    this.speed = 20;
    this.due = 0;
    this.lastTime = 0;
    this.tick = this.tick.bind(this);
  }

  /** steps per second, or 'instant' */
  setSpeed(speed) {
    this.speed = speed === 'instant' ? 'instant' : Number(speed);
  }

  play(race) {
    this.race = race;
    if (this.playing || race.finished) {
      return;
    }
    this.playing = true;
    this.due = 1; // the first step shows at once, so pressing Run is answered immediately
    this.lastTime = performance.now();
    requestAnimationFrame(this.tick);
  }

  pause() {
    if (this.playing) {
      this.playing = false;
      this.onStop();
    }
  }

  tick(now) {
    if (!this.playing) {
      return;
    }
    const elapsed = Math.min(now - this.lastTime, 250); // a hidden tab must not cause a jump
    this.lastTime = now;
    let steps;
    if (this.speed === 'instant') {
      steps = INSTANT_BATCH;
    } else {
      this.due += (elapsed / 1000) * this.speed;
      steps = Math.floor(this.due);
      this.due -= steps;
    }
    if (steps > 0) {
      this.race.advance(steps);
      this.onFrame();
    }
    if (this.race.finished) {
      this.playing = false;
      this.onStop();
      return;
    }
    requestAnimationFrame(this.tick);
  }
}
