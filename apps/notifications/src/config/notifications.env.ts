import { ServiceEnv } from '@trustcircle/config';
import { IsUrl } from 'class-validator';

/** The notifications service's configuration. */
export class NotificationsEnv extends ServiceEnv {
  /** Where buyers look up their order (the buyer portal), put in every SMS. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_PORTAL_URL = 'http://localhost:3000';
}
