// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, renderView } from '../../test/discovery';
import { SearchPage } from './SearchPage';

const GET = vi.hoisted(() => vi.fn());
vi.mock('../../lib/api', () => ({ api: { GET } }));

const FACETS = {
  category: [{ value: 'FRUIT', label: '水果', count: 2 }],
  certification: [{ value: 'ZHENPIN', label: '圳品', count: 1 }],
  county: [{ value: '451022', label: '广西壮族自治区百色市田东县', count: 2 }],
  city: [], province: [],
};
const item = (id: string, name: string) => ({
  id, name, category: 'FRUIT', minPriceFen: 5990, coverUrl: null, saleMonths: [6, 7], county: { code: '451022', name: '广西壮族自治区百色市田东县' },
  certifications: ['ASSISTANCE'], supplier: { id: 's', name: '合作社' },
});
const page = (items: unknown[], total: number, p = 1) => ({ items, total, page: p, pageSize: 20, facets: FACETS });
const ZONES = { items: [{ id: 'z1', slug: 'baise-mango', name: '百色芒果季', kind: 'RULE' }, { id: 'z2', slug: 'county-451022', name: '田东县馆', kind: 'RULE' }] };

function answer(products: (query: Record<string, unknown>) => unknown) {
  GET.mockImplementation((path: string, opts?: { params?: { query?: Record<string, unknown> } }) => {
    if (path === '/api/products') return products(opts?.params?.query ?? {});
    if (path === '/api/zones') return ok(ZONES);
    if (path === '/api/regions/helper-units') return ok({ items: [{ id: 'u1', name: '深圳市坪山区', city: '深圳市', kind: 'DISTRICT' }] });
    return ok({ items: [] });
  });
}

describe('SearchPage', () => {
  beforeEach(() => GET.mockReset());
  afterEach(cleanup);

  it('sends the URL filters to the API and shows results with facets and sorting', async () => {
    answer(() => ok(page([item('p1', '百色芒果 台农一号')], 1)));
    renderView(<SearchPage />, { url: '/search?q=mangguo&inSeason=true&price=5000-10000&sort=price_asc', path: '/search' });
    expect(await screen.findByText('百色芒果 台农一号')).toBeTruthy();
    const query = GET.mock.calls.find(([p]) => p === '/api/products')![1].params.query;
    expect(query).toEqual({ q: 'mangguo', inSeason: true, minPriceFen: 5000, maxPriceFen: 10000, sort: 'price_asc', pageSize: 20, page: 1 });
    expect(screen.getByRole('button', { name: '价格从低到高' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('group', { name: '产地' }).textContent).toContain('田东县');
    expect(screen.getByRole('button', { name: '移除筛选：当季' })).toBeTruthy();
  });

  it('on no results offers to drop each filter and shows popular zones (not county halls)', async () => {
    answer((q) => ok(q.certification ? page([], 0) : page([item('p1', '百色芒果')], 1)));
    renderView(<SearchPage />, { url: '/search?q=芒果&certification=ZHENPIN', path: '/search' });
    expect(await screen.findByRole('heading', { name: '没有找到与「芒果」相关的商品' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: '百色芒果季' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: '田东县馆' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '去掉「圳品」' }));
    expect(await screen.findByText('百色芒果')).toBeTruthy();
  });

  it('on an error says so, offers a retry and the zones', async () => {
    let calls = 0;
    answer(() => (++calls === 1 ? fail(503) : ok(page([item('p2', '都匀毛尖')], 1))));
    renderView(<SearchPage />, { url: '/search?q=maojian', path: '/search' });
    expect(await screen.findByRole('heading', { name: '搜索暂时不可用' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    await waitFor(() => expect(screen.getByText('都匀毛尖')).toBeTruthy());
  });

  it('loads the next page on 加载更多 and appends it', async () => {
    const many = (from: number) => Array.from({ length: 20 }, (_, i) => item(`p${from + i}`, `商品${from + i}`));
    answer((q) => ok(q.page === 2 ? page([item('last', '最后一件')], 21, 2) : page(many(0), 21)));
    renderView(<SearchPage />, { url: '/search', path: '/search' });
    fireEvent.click(await screen.findByRole('button', { name: '加载更多（已显示 20/21）' }));
    expect(await screen.findByText('最后一件')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /商品\d+|最后一件/ })).toHaveLength(21);
  });
});
