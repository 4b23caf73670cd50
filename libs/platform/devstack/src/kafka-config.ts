import type { KafkaBrokerOptions } from './kafka-broker';

/** server.properties for a single-node KRaft broker (combined broker and controller). */
export function serverProperties(o: KafkaBrokerOptions, dataDir: string): string {
  const sasl = o.sasl ? `,SASL_PLAINTEXT://127.0.0.1:${o.sasl.port}` : '';
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.bootstrap.servers=127.0.0.1:${o.controllerPort}`,
    'controller.listener.names=CONTROLLER',
    `listeners=PLAINTEXT://127.0.0.1:${o.port},CONTROLLER://127.0.0.1:${o.controllerPort}${sasl}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${o.port}${sasl}`,
    'inter.broker.listener.name=PLAINTEXT',
    `listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT${o.sasl ? ',SASL_PLAINTEXT:SASL_PLAINTEXT' : ''}`,
    ...(o.sasl ? saslListenerProperties(o.sasl) : []),
    `log.dirs=${dataDir}`,
    // Topics are declared and created explicitly with fixed partition counts (libs/contracts topics).
    'auto.create.topics.enable=false',
    'num.partitions=3',
    // Single node: every internal topic has replication factor 1 (kafkajs#1752).
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    // No 3 s wait before the first consumer group rebalance.
    'group.initial.rebalance.delay.ms=0',
    'num.network.threads=2',
    'num.io.threads=2',
    'log.segment.bytes=16777216',
    'log.cleaner.dedupe.buffer.size=16777216',
    'log.retention.check.interval.ms=60000',
    '',
  ].join('\n');
}

/** A log4j2 configuration writing the broker's log to ${kafka.logs.dir}/server.log. */
export const LOG4J2 = [
  'status = warn',
  'appender.file.type = File',
  'appender.file.name = FILE',
  'appender.file.fileName = ${sys:kafka.logs.dir}/server.log',
  'appender.file.layout.type = PatternLayout',
  'appender.file.layout.pattern = [%d] %p %m (%c)%n',
  'rootLogger.level = WARN',
  'rootLogger.appenderRef.file.ref = FILE',
  'logger.kafka.name = kafka',
  'logger.kafka.level = INFO',
  'logger.server.name = org.apache.kafka.server',
  'logger.server.level = INFO',
  '',
].join('\n');


/** The SASL listener's settings: PLAIN, with the users in the listener's own JAAS line (no ACLs: any user may act). */
function saslListenerProperties(sasl: NonNullable<KafkaBrokerOptions['sasl']>): string[] {
  const users = Object.entries(sasl.users).map(([name, password]) => {
    if (!/^[A-Za-z0-9]+$/.test(name) || !/^[A-Za-z0-9]+$/.test(password)) throw new Error('SASL user names and passwords of the local broker are letters and digits only');
    return `user_${name}="${password}"`;
  });
  return ['sasl.enabled.mechanisms=PLAIN', `listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required ${users.join(' ')};`];
}
