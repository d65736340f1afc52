// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, mockApi, status } from '../../test/api';
import { renderAt, resetApp } from '../../test/render';
import { TracePage } from './TracePage';

const event = (id: string, sequence: number, bizStepLabel: string, dispositionLabel: string, eventTime: string, over: Record<string, unknown> = {}) => ({
  id, sequence, eventType: 'OBJECT', action: 'OBSERVE', bizStep: 'harvesting', bizStepLabel, disposition: 'active', dispositionLabel,
  eventTime, eventTimeZoneOffset: '+08:00', readPoint: null, bizLocation: '田东县祥周镇芒果基地', bizLocationDivisionCode: '451022',
  quantity: null, note: null, recordedAt: eventTime, correctsEventId: null, correctedByEventId: null, corrected: false, ...over,
});

const story = {
  traceCode: 'ABCDEFGHJKMNPQRS',
  traceUrl: 'http://localhost/t/ABCDEFGHJKMNPQRS',
  batch: {
    batchNo: 'TD-2026-0612',
    harvestDate: '2026-06-12',
    quantity: 1200,
    unit: '千克',
    inspection: { lab: '百色市农产品质量检测中心', testedOn: '2026-06-13', items: [{ name: '农药残留', result: '未检出', passed: true }], passed: true, reportUrl: null },
    certificate: { productName: '百色芒果', quantityText: '1200 千克', producer: '田东县祥周镇芒果种植专业合作社', origin: '广西百色市田东县', contactPhone: '0776-5212345', issuedOn: '2026-06-13', promise: '不使用禁用农药兽药', selfTested: true },
  },
  product: { id: 'p1', name: '百色芒果', category: 'FRUIT', categoryLabel: '水果', imageUrls: [] },
  supplier: { id: 's1', name: '田东县祥周镇芒果种植专业合作社', county: { code: '451022', name: '田东县' } },
  supplyBase: { id: 'b1', name: '祥周镇芒果种植基地', county: { code: '451022', name: '田东县' }, township: '祥周镇', coordinates: { lat: 23.6, lng: 107.12 }, verified: true },
  certifications: [{ type: 'ASSISTANCE', typeLabel: '消费帮扶产品认定', number: 'GX-XF-2026-0001', issuer: '田东县农业农村局', validFrom: '2026-01-01', validTo: '2026-12-31' }],
  events: [
    event('e1', 1, '采收', '在产', '2026-06-12T07:30:00+08:00', { quantity: 1200 }),
    event('e2', 2, '检测', '合格', '2026-06-13T09:00:00+08:00', { corrected: true, correctedByEventId: 'e3' }),
    event('e3', 3, '检测', '合格', '2026-06-13T10:00:00+08:00', { correctsEventId: 'e2', note: '更正检测时间' }),
    event('e4', 4, '发货', '运输中', '2026-06-14T18:00:00+08:00', { bizLocation: null, readPoint: '百色冷链仓' }),
  ],
};

describe('trace page /t/:code', () => {
  beforeEach(resetApp);
  afterEach(cleanup);

  it("tells the batch's journey: product, batch and inspection, origin, certificate and the events in order", async () => {
    mockApi({ 'GET /api/trace/:code': () => story });
    renderAt('/t/ABCDEFGHJKMNPQRS', '/t/:code', <TracePage />);

    expect(await screen.findByRole('heading', { level: 1, name: '百色芒果' })).toBeTruthy();
    expect(screen.getByText('追溯码 ABCDEFGHJKMNPQRS')).toBeTruthy();
    expect(calls[0].path).toBe('/api/trace/ABCDEFGHJKMNPQRS');

    const batch = screen.getByRole('region', { name: '批次信息' });
    expect(within(batch).getByText('TD-2026-0612')).toBeTruthy();
    expect(within(batch).getByText('检测合格')).toBeTruthy();
    expect(within(batch).getByText(/农药残留：未检出/)).toBeTruthy();

    const origin = screen.getByRole('region', { name: '产地与基地' });
    expect(within(origin).getByText(/祥周镇芒果种植基地/)).toBeTruthy();
    expect(within(origin).getByText('平台已核验')).toBeTruthy();
    expect(screen.getByText('GX-XF-2026-0001 · 田东县农业农村局')).toBeTruthy();

    const events = within(screen.getByRole('region', { name: '追溯记录' })).getAllByRole('listitem');
    expect(events.map((li) => li.querySelector('strong')?.textContent)).toEqual(['采收', '检测', '检测', '发货']);
    expect(within(events[1]).getByText('已更正')).toBeTruthy();
    expect(within(events[2]).getByText('更正记录')).toBeTruthy();
    expect(within(events[0]).getByText(/数量 1200/)).toBeTruthy();
    expect(within(events[3]).getByText('地点：百色冷链仓')).toBeTruthy();
    expect(events[0].querySelector('time')?.getAttribute('dateTime')).toBe('2026-06-12T07:30:00+08:00');
  });

  it('explains an unknown code plainly', async () => {
    mockApi({ 'GET /api/trace/:code': () => status(404, { statusCode: 404, code: 'NOT_FOUND', message: '追溯码不存在' }) });
    renderAt('/t/NOPE', '/t/:code', <TracePage />);
    expect(await screen.findByRole('heading', { name: '未找到该追溯码' })).toBeTruthy();
    expect(screen.getByText(/追溯码「NOPE」不存在/)).toBeTruthy();
  });
});
