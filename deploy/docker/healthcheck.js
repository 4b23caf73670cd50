// The image's HEALTHCHECK (deploy/docker/Dockerfile): exits 0 when the service answers GET /health/live on
// 127.0.0.1, 1 otherwise. Node's fetch, because the slim image has no curl or wget. The port is HTTP_PORT, else
// the service's port in the service map (libs/contracts). The `setup` image is a one-shot job that serves no
// HTTP: its health is its exit code (compose: service_completed_successfully; Kubernetes: the Job's
// completion), so there is nothing to probe and it reports healthy.
'use strict';

const app = process.env.TC_APP;
if (app === 'setup') process.exit(0);

const { SERVICES } = require('../../dist/libs/contracts/src/services.js');
const port = process.env.HTTP_PORT || (SERVICES[app] && SERVICES[app].port);
if (!port) {
  console.error(`healthcheck: no HTTP_PORT and no port for TC_APP=${app}`);
  process.exit(1);
}

fetch(`http://127.0.0.1:${port}/health/live`, { signal: AbortSignal.timeout(4000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
