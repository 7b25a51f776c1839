/**
 * A loop that runs `tick` until stopped, sleeping `intervalMs` when a tick says
 * there is nothing more to do right away. stop() wakes a sleeping loop and
 * waits for the tick in hand to finish (a clean shutdown loses nothing).
 */
export interface Loop {
  stop(): Promise<void>;
  readonly stopping: boolean;
}

export function runLoop(tick: (isStopping: () => boolean) => Promise<boolean>, intervalMs: number, onError: (err: unknown) => void): Loop {
  let stopping = false;
  let wake: (() => void) | null = null;
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const done = (async () => {
    while (!stopping) {
      let more = false;
      try {
        more = await tick(() => stopping);
      } catch (err) {
        onError(err);
      }
      if (!stopping && !more) await sleep();
      wake = null;
    }
  })();
  return {
    get stopping() {
      return stopping;
    },
    async stop() {
      stopping = true;
      wake?.();
      await done;
    },
  };
}
