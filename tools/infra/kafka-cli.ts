/**
 * `npm run kafka -- start|stop|status|restart [--test[=K]]`: manages this checkout's local Kafka broker (the dev
 * one on 9092, or with --test the test one of shard 1 on 19092; --test=2 shard 2's on 19102).
 */
import { kafkaStatus, startKafka, stopKafka } from '@trustcircle/devstack';
import { testInfraFor } from '@trustcircle/testing';

const test = process.argv.find((a) => a === '--test' || a.startsWith('--test='));
const infra = test ? testInfraFor(test === '--test' ? 1 : Number(test.slice('--test='.length))) : undefined;
const instance = infra?.kafkaInstance ?? 'dev';
// The test broker as the jest global setup starts it, SASL listener included.
const ports = infra ? { instance, port: infra.kafkaPort, controllerPort: infra.kafkaControllerPort, sasl: infra.kafkaSasl } : { instance };

async function main(cmd: string | undefined): Promise<void> {
  switch (cmd) {
    case 'start': {
      const h = await startKafka(ports, (m) => console.log(m));
      console.log(h.started ? `Kafka started (pid ${h.pid}) and ready in ${h.readyMs} ms at ${h.brokers.join(',')}` : `Kafka already running at ${h.brokers.join(',')}`);
      return;
    }
    case 'stop':
      console.log((await stopKafka(instance)) ? 'Kafka stopped' : 'Kafka was not running');
      return;
    case 'restart':
      await stopKafka(instance);
      return main('start');
    case 'status': {
      const s = kafkaStatus(instance);
      console.log(s.pid ? `Kafka running (pid ${s.pid}), data in ${s.dataDir}` : 'Kafka not running (from this checkout)');
      return;
    }
    default:
      console.error('usage: npm run kafka -- start|stop|restart|status [--test[=K]]');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
