// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SkuPanel, type Sku } from './SkuPanel';

const sku = (id: string, priceFen: number, stock: number, name = id): Sku => ({ id, name, unit: '箱', netWeightGrams: 2500, priceFen, stock, agencyMinQty: 1 });
const SKUS = [sku('sold-out', 3990, 0, '3斤装'), sku('small', 5990, 3, '5斤装'), sku('big', 10990, 150, '10斤装')];

describe('SkuPanel', () => {
  afterEach(cleanup);

  it('starts on the first SKU in stock and shows prices as ¥ from fen, stock and sold-out', () => {
    render(<SkuPanel skus={SKUS} />);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'true', 'false']);
    expect(radios[0].textContent).toContain('已售罄');
    expect(radios[1].textContent).toContain('¥59.90');
    expect(radios[1].textContent).toContain('库存 3');
    expect(screen.getByTestId('sku-price').textContent).toBe('¥59.90');
    // No cart wired yet: the button says so instead of doing nothing.
    expect(screen.getByRole('button', { name: '加入购物车' })).toHaveProperty('disabled', true);
  });

  it('keeps the quantity within stock and gives the selection to onAddToCart', () => {
    const onAddToCart = vi.fn();
    const onChange = vi.fn();
    render(<SkuPanel skus={SKUS} onAddToCart={onAddToCart} onChange={onChange} />);
    const plus = screen.getByRole('button', { name: '增加数量' });
    fireEvent.click(plus);
    fireEvent.click(plus);
    expect(plus).toHaveProperty('disabled', true); // stock 3
    expect(screen.getByLabelText('购买数量')).toHaveProperty('value', '3');
    expect(screen.getByTestId('sku-price').textContent).toBe('¥179.70');
    fireEvent.change(screen.getByLabelText('购买数量'), { target: { value: '99' } });
    expect(screen.getByLabelText('购买数量')).toHaveProperty('value', '3');
    fireEvent.click(screen.getByRole('radio', { name: /10斤装/ }));
    expect(onChange).toHaveBeenLastCalledWith({ sku: SKUS[2], quantity: 3 });
    fireEvent.click(screen.getByRole('button', { name: '加入购物车' }));
    expect(onAddToCart).toHaveBeenCalledWith({ sku: SKUS[2], quantity: 3 });
  });

  it('cannot add a sold-out SKU, and shows progress while adding', () => {
    const onAddToCart = vi.fn();
    const { rerender } = render(<SkuPanel skus={SKUS} onAddToCart={onAddToCart} />);
    fireEvent.click(screen.getByRole('radio', { name: /3斤装/ }));
    expect(screen.getByRole('button', { name: '已售罄' })).toHaveProperty('disabled', true);
    expect(screen.queryByLabelText('购买数量')).toBeNull();
    rerender(<SkuPanel skus={[SKUS[2]]} onAddToCart={onAddToCart} adding message="已加入购物车" />);
    expect(screen.getByRole('button', { name: '正在加入…' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('status').textContent).toBe('已加入购物车');
  });
});
