/** Injection tokens of the messaging library. */
export const KAFKA = Symbol.for('trustcircle.kafka');
export const KAFKA_PRODUCER = Symbol.for('trustcircle.kafka-producer');
export const MESSAGING_OPTIONS = Symbol.for('trustcircle.messaging-options');
/** A plain producer for dead letters: concurrent sends from several partitions never share the idempotent one. */
export const KAFKA_DEAD_LETTER_PRODUCER = Symbol.for('trustcircle.kafka-dead-letter-producer');
