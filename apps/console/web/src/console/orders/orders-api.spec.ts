import type { FetchLike } from '../../api/http-client';
import { HttpClient } from '../../api/http-client';
import { matchedByText, orderName, orderTimeline, searchOrders } from './orders-api';

describe('the order explorer’s calls', () => {
  it('searches with the text in the query and reads a timeline by order id, escaped', async () => {
    const urls: string[] = [];
    const fetch: FetchLike = async (url) => {
      urls.push(url);
      return new Response(JSON.stringify({ items: [], searchedBy: [] }), { status: 200 });
    };
    const client = new HttpClient(() => 'tok', fetch);
    await searchOrders(client, '090 123 4567');
    await searchOrders(client, 'TC-7KQ4&x=1');
    await orderTimeline(client, '../x');
    expect(urls).toEqual(['/v1/admin/orders?q=090+123+4567', '/v1/admin/orders?q=TC-7KQ4%26x%3D1', '/v1/admin/orders/..%2Fx/timeline']);
  });

  it('names an order by its code, or by its id before the placement is known', () => {
    expect(orderName({ code: 'TC-7KQ4-M2XD', orderId: '0b9f2c3e-6a51' })).toBe('TC-7KQ4-M2XD');
    expect(orderName({ code: null, orderId: '0b9f2c3e-6a51' })).toBe('Order 0b9f2c3e');
    expect(matchedByText(['phone', 'externalId'])).toBe('buyer phone, external id');
  });
});
