// "Once what is on the page now has been painted": the frame after an animation frame has
// run its style, layout and paint, and a task queued from that animation frame runs after it.

/** Runs `job` after the next frame is painted. Returns a function that cancels it. */
export function afterNextPaint(job: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(job, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
