import { ProblemException } from '@trustcircle/http';

/** The dead-letter desk's problems (RFC 9457). */
export const deadLetterProblems = {
  notFound: (id: string) => new ProblemException({ status: 404, type: 'dead-letter-not-found', title: 'Dead letter not found', detail: `The console knows no dead letter ${id}.` }),
  alreadyReplayed: (id: string, replayedAt: Date) =>
    new ProblemException({
      status: 409,
      type: 'dead-letter-already-replayed',
      title: 'Dead letter already replayed',
      detail: `Dead letter ${id} was replayed at ${replayedAt.toISOString()}. If the replayed message failed again, it is a new dead letter: replay that one.`,
    }),
  notReplayable: (id: string, why: string) =>
    new ProblemException({ status: 409, type: 'dead-letter-not-replayable', title: 'Dead letter cannot be replayed', detail: `Dead letter ${id}: ${why}` }),
  notProduced: (id: string) =>
    new ProblemException({
      status: 503,
      type: 'dead-letter-replay-failed',
      title: 'Replay failed',
      detail: `Kafka did not take dead letter ${id}'s message; it is not marked replayed. Try again shortly.`,
      headers: { 'Retry-After': '5' },
    }),
};
