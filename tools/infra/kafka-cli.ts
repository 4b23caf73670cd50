/**
 * `npm run kafka -- start|stop|status|restart`: manages this checkout's local Kafka broker.
 */
import { kafkaStatus, startKafka, stopKafka } from '@trustcircle/devstack';

async function main(cmd: string | undefined): Promise<void> {
  switch (cmd) {
    case 'start': {
      const h = await startKafka({}, (m) => console.log(m));
      console.log(h.started ? `Kafka started (pid ${h.pid}) and ready in ${h.readyMs} ms at ${h.brokers.join(',')}` : `Kafka already running at ${h.brokers.join(',')}`);
      return;
    }
    case 'stop':
      console.log((await stopKafka()) ? 'Kafka stopped' : 'Kafka was not running');
      return;
    case 'restart':
      await stopKafka();
      return main('start');
    case 'status': {
      const s = kafkaStatus();
      console.log(s.pid ? `Kafka running (pid ${s.pid}), data in ${s.dataDir}` : 'Kafka not running (from this checkout)');
      return;
    }
    default:
      console.error('usage: npm run kafka -- start|stop|restart|status');
      process.exitCode = 2;
  }
}

main(process.argv[2]).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
