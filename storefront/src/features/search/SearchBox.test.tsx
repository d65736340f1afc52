// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, renderView } from '../../test/discovery';
import { SearchBox } from './SearchBox';

const GET = vi.hoisted(() => vi.fn());
vi.mock('../../lib/api', () => ({ api: { GET } }));

const SUGGESTIONS = [
  { text: '百色芒果 台农一号', kind: 'product', productId: 'p1' },
  { text: '田东县', kind: 'county', countyCode: '451022' },
];

describe('SearchBox', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    GET.mockReset().mockImplementation(() => ok({ items: SUGGESTIONS }));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('asks for suggestions once the typing pauses (debounced), with pinyin as typed', async () => {
    renderView(<SearchBox onSearch={vi.fn()} onPick={vi.fn()} debounceMs={200} />);
    const input = screen.getByRole('combobox', { name: '搜索商品' });
    fireEvent.focus(input);
    for (const v of ['b', 'bs', 'bsm', 'bsmg']) fireEvent.change(input, { target: { value: v } });
    expect(GET).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(250));
    expect(GET).toHaveBeenCalledTimes(1);
    expect(GET.mock.calls[0][0]).toBe('/api/search/suggest');
    expect(GET.mock.calls[0][1].params.query).toEqual({ q: 'bsmg' });
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['商品百色芒果 台农一号', '产地田东县']);
    expect(input).toHaveProperty('ariaExpanded', 'true');
  });

  it('moves through suggestions with the arrow keys and picks with Enter', async () => {
    const onPick = vi.fn();
    const onSearch = vi.fn();
    renderView(<SearchBox onSearch={onSearch} onPick={onPick} debounceMs={0} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'tiandong' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1].id);
    fireEvent.submit(input.closest('form')!);
    expect(onPick).toHaveBeenCalledWith(SUGGESTIONS[1]);
    expect(onSearch).not.toHaveBeenCalled();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('searches the typed text when no suggestion is chosen; Escape closes the list', async () => {
    const onSearch = vi.fn();
    renderView(<SearchBox onSearch={onSearch} onPick={vi.fn()} debounceMs={0} />);
    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: ' mangguo ' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    fireEvent.submit(input.closest('form')!);
    expect(onSearch).toHaveBeenCalledWith('mangguo');
  });
});
