import { useCallback, useEffect, useRef, useState } from 'react';

export interface RequestState<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
}

/**
 * Runs `load` whenever it changes identity (wrap it in useCallback with its parameters) and
 * keeps only the answer of the latest call, so fast filter changes cannot show stale rows.
 */
export function useRequest<T>(load: () => Promise<T>): RequestState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>();
  const latest = useRef(0);

  const run = useCallback(() => {
    const id = ++latest.current;
    setLoading(true);
    load()
      .then((value) => {
        if (id !== latest.current) return;
        setData(value);
        setError(undefined);
      })
      .catch((reason: unknown) => {
        if (id === latest.current) setError(reason);
      })
      .finally(() => {
        if (id === latest.current) setLoading(false);
      });
  }, [load]);

  useEffect(() => {
    run();
  }, [run]);

  return { data, loading, error, reload: run };
}
