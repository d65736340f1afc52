import { startTestApp, TestApp } from '../testing/test-app';
import { EasternPairing } from './eastern-pairing.service';

/** An agency's eastern division against the pairings of the source documents, over time. */
describe('EasternPairing', () => {
  let t: TestApp;
  let ep: EasternPairing;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'false' });
    ep = t.app.get(EasternPairing);
  });
  afterAll(() => t.close());

  it('follows a district through the 2021 re-pairing', async () => {
    expect(await ep.isPaired('440304', '451225', '2019-06-01')).toBe(true); // 福田区 — 罗城 (2017 plan)
    expect(await ep.isPaired('440304', '451225', '2022-06-01')).toBe(false);
    expect(await ep.isPaired('440304', '450124', '2022-06-01')).toBe(true); // 福田区 — 马山 (2021 plan)
    expect(await ep.isPaired('440304', '451003', '2022-06-01')).toBe(false); // 田阳 went to 光明区, not 福田区
  });

  it('follows renamed counties and lets a city-level division count all its districts', async () => {
    expect(await ep.isPaired('440305', '451003', '2019-06-01')).toBe(true); // 南山区 — 田阳 (paired as 田阳县 451021)
    expect(await ep.isPaired('440300', '451003', '2022-06-01')).toBe(true); // 深圳市 — 田阳区 through 光明区
    expect(await ep.isPaired('440300', '522701', '2019-06-01')).toBe(false); // 都匀 is Guangzhou's
  });

  it('counts a city-wide pairing for every district of the city', async () => {
    expect(await ep.isPaired('440106', '522701', '2019-06-01')).toBe(true); // 广州市天河区 — 都匀市 under 广州市 → 黔南州
    expect(await ep.isPaired('999999', '522701', '2019-06-01')).toBe(false);
  });
});
