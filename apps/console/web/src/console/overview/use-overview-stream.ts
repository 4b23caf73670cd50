import { useEffect, useState } from 'react';
import { useOperatorSession } from '../session/operator-context';
import { type LiveStatus, openOverviewStream } from './overview-stream';
import type { OverviewSnapshot } from './overview-types';

/** The live overview: the latest snapshot the stream pushed (null before the first) and the stream's status. */
export function useOverviewStream(): { snapshot: OverviewSnapshot | null; status: LiveStatus } {
  const { store } = useOperatorSession();
  const [snapshot, setSnapshot] = useState<OverviewSnapshot | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    const stream = openOverviewStream({ tokens: store, onSnapshot: setSnapshot, onStatus: setStatus });
    return () => stream.close();
  }, [store]);
  return { snapshot, status };
}
