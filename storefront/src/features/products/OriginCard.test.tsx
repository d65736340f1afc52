// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProductDetail } from './api';
import { OriginCard } from './OriginCard';
import { countyPlace } from './PairingDiagram';

const product = (over: Partial<ProductDetail> = {}): ProductDetail => ({
  id: 'p1', name: '百色芒果 台农一号', category: 'FRUIT', minPriceFen: 5990, coverUrl: null, saleMonths: [6, 7, 8, 9],
  county: { code: '451022', name: '广西壮族自治区百色市田东县' }, certifications: ['ASSISTANCE'],
  supplier: { id: 's1', name: '田东县祥周镇芒果种植专业合作社' }, description: '', imageUrls: [], storage: 'ROOM', coldChain: false, skus: [],
  helpers: [{ id: 'h1', name: '深圳市坪山区', role: 'LEAD' }, { id: 'h2', name: '深圳市福田区', role: 'ASSIST' }],
  supplyBase: {
    id: 'b1', name: '祥周镇芒果供深基地', countyCode: '451022', countyName: '广西壮族自治区百色市田东县', township: '祥周镇',
    latitude: 23.6, longitude: 107.1, areaMu: 1250.5, baseType: 'PLANTING', verified: true,
    certifications: [{ type: 'GONGSHEN', number: 'GSJD-2024-0451', validFrom: '2025-06-01', validTo: '2028-05-31' }],
  },
  certificationDetails: [{
    id: 'c1', type: 'ASSISTANCE', label: '消费帮扶产品认定', number: '认定〔2026〕0101号', issuer: '田东县乡村振兴局', issuingCountyCode: '451022',
    validFrom: '2026-01-01', validTo: '2027-12-31', linkedHouseholds: 126, documentUrl: '/api/files/x', review: 'APPROVED', rejectReason: null, valid: true,
  }],
  ...over,
} as ProductDetail);

describe('OriginCard', () => {
  afterEach(cleanup);

  it('tells the origin story: county ↔ eastern helpers diagram, base, households, season', () => {
    render(<OriginCard p={product()} month={7} />);
    const diagram = screen.getByRole('img', { name: '东西部结对示意图' });
    expect(diagram.querySelector('desc')!.textContent).toBe('田东县（广西 · 百色市）与东部深圳市坪山区、深圳市福田区结对帮扶');
    expect(within(diagram).getByText('田东县')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: '结对的东部帮扶方' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['深圳市坪山区结对', '深圳市福田区协助']);
    expect(screen.getByText(/供深基地 编号 GSJD-2024-0451/)).toBeTruthy();
    expect(screen.getByText('126').closest('span')!.textContent).toBe('联结带动脱贫户 126 户');
    expect(screen.getByText('正当季')).toBeTruthy();
  });

  it('says so when there is no pairing today, no base and no household count', () => {
    render(<OriginCard p={product({ helpers: [], supplyBase: null, certificationDetails: [] })} month={1} />);
    expect(screen.getByRole('img').querySelector('desc')!.textContent).toContain('今日暂无有效的东部结对关系');
    expect(screen.getByText('暂无今日有效的结对关系')).toBeTruthy();
    expect(screen.getByText('未登记基地')).toBeTruthy();
    expect(screen.getByText('认定未登记带动户数')).toBeTruthy();
    expect(screen.queryByText('正当季')).toBeNull();
  });
});

describe('countyPlace', () => {
  it('names province and prefecture for the diagram', () => {
    expect(countyPlace('贵州省黔南布依族苗族自治州都匀市')).toBe('贵州 · 黔南布依族苗族自治州');
    expect(countyPlace('云南省昭通市昭阳区')).toBe('云南 · 昭通市');
  });
});
