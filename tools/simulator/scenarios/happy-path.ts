import type { Circle } from '../circle/circle';
import { type Scenario, type ScenarioRun, escrowIn, placeAndPay, ship, texted } from './scenario';
import { TEXT } from './buyer-texts';

const DAY = 86_400_000;

/**
 * 1. Placed, funded, picked up, delivered, inspection ends, released (fee taken, the rest to the seller), payout
 * settled. On the wall clock (the simulator under `npm start`) the inspection window is zero days, so the release
 * follows the delivery at the next deadline sweep.
 */
export const happyPath: Scenario = {
  name: 'happy-path',
  title: 'placed, funded, delivered, inspection ends, released and paid out',
  movesTime: false,
  async run(c: Circle): Promise<ScenarioRun> {
    const inspectionDays = c.canMoveTime ? 3 : 0;
    const order = await placeAndPay(c, { inspectionDays });
    const tn = await ship(c, order, 3);
    await c.courier.track(tn, ['DELIVERED']);
    await escrowIn(c, order.id, c.canMoveTime ? 'IN_INSPECTION' : ['IN_INSPECTION', 'RELEASED']);
    await texted(c, order, 4);
    if (c.canMoveTime) await c.advance(inspectionDays * DAY + 60_000);
    await escrowIn(c, order.id, 'RELEASED');
    await c.payer.settleAll(order.id);
    const v = await escrowIn(c, order.id, 'PAID_OUT');
    return {
      order,
      expect: {
        escrowState: 'PAID_OUT',
        amounts: { paid: order.totalAmount, refunded: 0, heldNow: 0, paidOut: v.amounts.releasedToSeller },
        sms: [
          TEXT.placed,
          TEXT.funded,
          TEXT.shipped,
          TEXT.delivered,
          TEXT.completed,
        ],
        webhooks: ['orders.order-placed', 'escrow.escrow-funded', 'delivery.shipment-delivered', 'escrow.inspection-started', 'escrow.escrow-released', 'escrow.escrow-paid-out'],
      },
    };
  },
};
