// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi } from '../../test/api';
import { citizen, renderAt, resetApp, signIn } from '../../test/render';
import { CartPage } from './CartPage';
import { CartSync } from './CartSync';
import { GUEST_CART_KEY, readGuestCart } from './guestCart';

const mango = {
  id: 'p-mango', name: '百色芒果', imageUrls: [], supplier: { id: 'sup-1', name: '田东县祥周镇芒果种植专业合作社' },
  skus: [{ id: 'sku-5', name: '5 斤装', unit: '箱', netWeightGrams: 2500, priceFen: 5990, stock: 10, agencyMinQty: 1 }],
};
const oil = {
  id: 'p-oil', name: '巴马火麻油', imageUrls: [], supplier: { id: 'sup-2', name: '巴马瑶族自治县长寿源农业专业合作社' },
  skus: [{ id: 'sku-oil', name: '500ml', unit: '瓶', netWeightGrams: 500, priceFen: 8800, stock: 0, agencyMinQty: 1 }],
};

const line = (skuId: string, productName: string, spec: string, priceFen: number, quantity: number, available = true) => ({
  skuId, quantity, productId: `p-${skuId}`, productName, spec, unit: '箱', coverUrl: null, priceFen, lineFen: priceFen * quantity, stock: 50, available, unavailableReason: available ? null : '已售罄',
});

describe('cart', () => {
  beforeEach(resetApp);
  afterEach(cleanup);

  it("shows a visitor's browser cart grouped by co-op, with live prices and totals, and changes quantities", async () => {
    localStorage.setItem(GUEST_CART_KEY, JSON.stringify([
      { skuId: 'sku-5', productId: 'p-mango', quantity: 2 },
      { skuId: 'sku-oil', productId: 'p-oil', quantity: 1 },
    ]));
    mockApi({ 'GET /api/products/p-mango': () => mango, 'GET /api/products/p-oil': () => oil });
    renderAt('/cart', '/cart', <CartPage />);

    const mangoGroup = await screen.findByRole('region', { name: '田东县祥周镇芒果种植专业合作社' });
    expect(within(mangoGroup).getByText('百色芒果')).toBeTruthy();
    expect(within(mangoGroup).getByText('小计', { exact: false }).textContent).toContain('¥119.80');
    const oilGroup = screen.getByRole('region', { name: '巴马瑶族自治县长寿源农业专业合作社' });
    expect(within(oilGroup).getByText('已售罄')).toBeTruthy();
    expect(screen.getByTestId('cart-total').textContent).toBe('¥119.80');
    expect(screen.getByText(/登录后会自动合并/)).toBeTruthy();

    fireEvent.click(within(mangoGroup).getByRole('button', { name: '增加' }));
    await waitFor(() => expect(screen.getByTestId('cart-total').textContent).toBe('¥179.70'));
    expect(readGuestCart()[0].quantity).toBe(3);

    fireEvent.click(within(oilGroup).getByRole('button', { name: /删除/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: '巴马瑶族自治县长寿源农业专业合作社' })).toBeNull());
    expect(screen.getByRole('button', { name: /去结算/ })).toBeTruthy();
  });

  it("merges the browser cart into a citizen's server cart at login and shows the server's totals", async () => {
    localStorage.setItem(GUEST_CART_KEY, JSON.stringify([{ skuId: 'sku-5', productId: 'p-mango', quantity: 2 }]));
    signIn();
    const serverCart = {
      groups: [{ supplier: { id: 'sup-1', name: '田东县祥周镇芒果种植专业合作社' }, lines: [line('sku-5', '百色芒果', '5 斤装', 5990, 3)], subtotalFen: 17970 }],
      totalFen: 17970,
      lineCount: 1,
    };
    mockApi({
      'GET /api/auth/me': () => citizen,
      'POST /api/cart/merge': () => serverCart,
      'GET /api/cart': () => serverCart,
      'DELETE /api/cart/items/:skuId': () => ({ groups: [], totalFen: 0, lineCount: 0 }),
    });
    renderAt('/cart', '/cart', <><CartSync /><CartPage /></>);

    await waitFor(() => expect(screen.getByTestId('cart-total').textContent).toBe('¥179.70'));
    const merge = calls.find((c) => c.method === 'POST' && c.path === '/api/cart/merge');
    expect(merge?.body).toEqual({ items: [{ skuId: 'sku-5', quantity: 2 }] });
    expect(localStorage.getItem(GUEST_CART_KEY)).toBeNull();
    expect(screen.queryByText(/登录后会自动合并/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /删除 百色芒果/ }));
    expect(await screen.findByText('购物车是空的')).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/cart/items/sku-5')).toBe(true);
  });

  it('tells a canteen buyer that the shop cart is for individuals', async () => {
    signIn();
    mockApi({ 'GET /api/auth/me': () => ({ ...citizen, roles: ['CANTEEN_BUYER'] }) });
    renderAt('/cart', '/cart', <CartPage />);
    expect(await screen.findByText(/单位采购账号/)).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/cart')).toBe(false);
  });
});
