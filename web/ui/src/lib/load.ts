// useLoad runs an API call when its inputs change and keeps its result,
// its error and whether it is still running; reload runs it again.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export function useLoad<T>(call: () => Promise<T>, inputs: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const run = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const d = await call();
      if (mine !== generation.current) return;
      setData(d);
      setError(null);
    } catch (e) {
      if (mine !== generation.current) return;
      setError(e);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, inputs);
  useEffect(() => {
    void run();
  }, [run]);
  return { data, error, loading, reload: run };
}

/**
 * useAction runs an API call on a person's request, keeping whether it is
 * running and its error; act calls then after it succeeds.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (run: () => Promise<unknown>, then: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      then();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, act };
}
