// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { addGuestLine, clearGuestCart, GUEST_CART_KEY, readGuestCart, removeGuestLine, setGuestQuantity } from './guestCart';

describe('guest cart (localStorage)', () => {
  beforeEach(() => localStorage.clear());

  it('adds, merges the same SKU, changes quantities and removes lines', () => {
    addGuestLine({ skuId: 's1', productId: 'p1', quantity: 1 });
    addGuestLine({ skuId: 's1', productId: 'p1', quantity: 2 });
    addGuestLine({ skuId: 's2', productId: 'p2', quantity: 1 });
    expect(readGuestCart()).toEqual([{ skuId: 's1', productId: 'p1', quantity: 3 }, { skuId: 's2', productId: 'p2', quantity: 1 }]);
    setGuestQuantity('s2', 5000);
    expect(readGuestCart()[1].quantity).toBe(999);
    removeGuestLine('s1');
    expect(readGuestCart().map((l) => l.skuId)).toEqual(['s2']);
    clearGuestCart();
    expect(localStorage.getItem(GUEST_CART_KEY)).toBeNull();
  });

  it('ignores what is not a cart in storage', () => {
    localStorage.setItem(GUEST_CART_KEY, '{not json');
    expect(readGuestCart()).toEqual([]);
    localStorage.setItem(GUEST_CART_KEY, JSON.stringify([{ skuId: 's', productId: 'p', quantity: -1 }, { skuId: 't', productId: 'p', quantity: 2 }]));
    expect(readGuestCart()).toEqual([{ skuId: 't', productId: 'p', quantity: 2 }]);
  });
});
