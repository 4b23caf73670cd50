/** Injection tokens of the messaging library. */
export const KAFKA = Symbol.for('trustcircle.kafka');
export const KAFKA_PRODUCER = Symbol.for('trustcircle.kafka-producer');
export const MESSAGING_OPTIONS = Symbol.for('trustcircle.messaging-options');
