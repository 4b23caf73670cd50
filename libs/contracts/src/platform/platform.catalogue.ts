import { defineEvent } from '../event-definition';
import { TOPICS } from '../topics';
import { OperatorAlertRaisedV1 } from './operator-alert-raised.v1';

/** Events any service may produce, on `platform.alerts.v1`, keyed by alert id. */
export const PLATFORM_EVENTS = {
  'platform.operator-alert-raised': defineEvent({
    type: 'platform.operator-alert-raised',
    version: 1,
    topic: TOPICS.platformAlerts.name,
    owner: 'any-service',
    consumers: ['notifications', 'console'],
    keyDescription: 'alertId',
    keyOf: (p: OperatorAlertRaisedV1) => p.alertId,
    payload: OperatorAlertRaisedV1,
    description: 'A service raised an alert for operators.',
  }),
} as const;
