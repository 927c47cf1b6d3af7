import { useCallback, useEffect, useState } from 'react';
import type { ArgsOf, ChannelName, ValueOf } from '../../src-shared/ipc/contract';
import { ApiError, call } from './client';

export interface CallState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  request: string;
  generation: number;
  data: T | null;
  error: string | null;
}

/**
 * Loads a channel's value when the component mounts and whenever the
 * arguments change (compared by value); stale answers are ignored. With
 * `enabled` false nothing is asked (a form creating a new record). After
 * `reload` the previous value stays on screen until the new one arrives.
 */
export function useCall<C extends ChannelName>(
  channel: C,
  args: ArgsOf<C>,
  enabled = true,
): CallState<ValueOf<C>> {
  const [generation, setGeneration] = useState(0);
  const request = `${channel} ${JSON.stringify(args)}`;
  const [answer, setAnswer] = useState<Answer<ValueOf<C>>>({
    request: '',
    generation: -1,
    data: null,
    error: null,
  });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const argsText = request.slice(channel.length + 1);
    call(channel, JSON.parse(argsText) as ArgsOf<C>).then(
      (data) => current && setAnswer({ request, generation, data, error: null }),
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof ApiError ? error.message : 'Erreur inattendue.';
        setAnswer({ request, generation, data: null, error: message });
      },
    );
    return () => {
      current = false;
    };
  }, [channel, request, generation, enabled]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const sameRequest = answer.request === request;
  return {
    data: sameRequest ? answer.data : null,
    error: sameRequest ? answer.error : null,
    loading: !sameRequest || answer.generation !== generation,
    reload,
  };
}
