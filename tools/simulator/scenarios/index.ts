import { happyPath } from './happy-path';
import { earlyRelease } from './early-release';
import { neverShipped } from './never-shipped';
import { failedDelivery } from './failed-delivery';
import { notReceived } from './not-received';
import { notAsDescribed } from './not-as-described';
import { counterfeit } from './counterfeit';
import { merchantSilent } from './merchant-silent';
import { returnAndRefund } from './return-and-refund';
import { paymentFirst } from './payment-first';
import { cashOnDelivery } from './cash-on-delivery';
import { duplicatesEverywhere } from './duplicates-everywhere';
import type { Scenario } from './scenario';

/** Every scenario, in the order. */
export const SCENARIOS: readonly Scenario[] = [happyPath, earlyRelease, neverShipped, failedDelivery, notReceived, notAsDescribed, counterfeit, merchantSilent, returnAndRefund, paymentFirst, cashOnDelivery, duplicatesEverywhere];
