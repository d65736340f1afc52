import { unwrap } from '@bangfu/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { fileNameOf, saveBlob } from '../../lib/download';

/*
 * The report routes (/api/admin/reports/…, backend/src/reports/) are not in the generated client yet,
 * so their answers are typed here with narrow interfaces copied from backend/src/reports/views.ts and
 * traceability.views.ts. The calls still go through the app's openapi-fetch client so they carry the
 * bearer token and end the session on a 401.
 */

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface SalesMeasures {
  salesFen: number;
  quantity: number;
  orderCount: number;
}
interface RangeView extends Period {
  total: SalesMeasures;
}
export interface MonthRow extends SalesMeasures {
  month: string;
}
export interface CountyRow extends SalesMeasures {
  countyCode: string;
  countyName: string;
  prefectureCode: string;
  prefectureName: string;
  provinceName: string;
}
export interface RegionRow extends SalesMeasures {
  code: string;
  name: string;
}
export interface HelperRow extends SalesMeasures {
  /** null: no pairing with the product's county on the day of sale. */
  helperUnitId: string | null;
  helperName: string;
  city: string | null;
}
export type BuyerType = 'CITIZEN' | 'CANTEEN' | 'UNION';
export interface BuyerTypeRow extends SalesMeasures {
  buyerType: BuyerType;
  label: string;
}
export interface ProductRow extends SalesMeasures {
  rank: number;
  productId: string;
  productName: string;
  category: string;
  countyCode: string;
  countyName: string;
}
export type RegionLevel = 'PROVINCE' | 'PREFECTURE';

export type SalesByMonthView = RangeView & { items: MonthRow[] };
export type SalesByCountyView = RangeView & { items: CountyRow[] };
export type SalesByRegionView = RangeView & { level: RegionLevel; items: RegionRow[] };
export type SalesByHelperView = RangeView & { items: HelperRow[] };
export type SalesByBuyerTypeView = RangeView & { items: BuyerTypeRow[] };
export type TopProductsView = RangeView & { items: ProductRow[] };

export interface SeasonView {
  season: 'MANGO' | 'SUGAR_ORANGE';
  label: string;
  months: MonthRow[];
  total: SalesMeasures;
}
export interface SeasonalView {
  year: number;
  seasons: SeasonView[];
  definition: string;
}

export type ResultsGroupBy = 'helper' | 'county';
export interface ResultRow {
  /** Helper unit id or county code; null for sales without a pairing. */
  key: string | null;
  name: string;
  parent: string | null;
  salesFen: number;
  orderCount: number;
  buyingUnits: number;
  agencyUnits: number;
  linkedHouseholds: number;
  supplierCount: number;
  couponFen: number;
  subsidyFen: number;
}
export interface ResultsView {
  year: number;
  groupBy: ResultsGroupBy;
  items: ResultRow[];
  total: ResultRow;
}

export interface BaseCoverageRow {
  baseId: string;
  baseName: string;
  status: string;
  supplierId: string;
  supplierName: string;
  countyCode: string;
  countyName: string;
  productCount: number;
  batchCount: number;
  soldUnits: number;
  tracedUnits: number;
  /** 0–1; null when nothing was sold. */
  coverage: number | null;
  lastInspectedOn: string | null;
  lastInspectionPassed: boolean | null;
  failedInspections: number;
}
export interface BaseCoverageView extends Period {
  items: BaseCoverageRow[];
  soldUnits: number;
  tracedUnits: number;
  coverage: number | null;
}
export interface JourneyStep {
  bizStep: 'harvesting' | 'inspecting' | 'packing' | 'shipping' | string;
  label: string;
  at: string | null;
}
export interface BatchInspection {
  lab: string;
  testedOn: string;
  passed: boolean;
  failedItems: string[];
}
export interface BatchTraceRow {
  batchId: string;
  batchNo: string;
  traceCode: string;
  productId: string;
  productName: string;
  harvestDate: string;
  quantity: number;
  unit: string;
  journey: JourneyStep[];
  complete: boolean;
  inspection: BatchInspection | null;
  soldUnits: number;
}
export interface BaseTraceDetailView extends BaseCoverageRow, Period {
  batches: BatchTraceRow[];
}
export interface ExpiringCertRow {
  subject: 'PRODUCT' | 'BASE';
  subjectId: string;
  subjectName: string;
  supplierId: string;
  supplierName: string;
  type: string;
  typeLabel: string;
  number: string;
  validTo: string;
  daysLeft: number;
}
export interface ExpiringCertsView {
  days: number;
  today: string;
  items: ExpiringCertRow[];
}

export type Query = Record<string, string | number | undefined | null>;

/** The untyped face of the app's client, for routes the generated schema does not list yet. */
interface LooseClient {
  GET(
    path: string,
    init?: { params?: { query?: Record<string, string | number> }; parseAs?: 'json' | 'blob' },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}
const loose = api as unknown as LooseClient;

/** Drops empty values so the URL carries only the filters that are set. */
export function cleanQuery(query: Query): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out;
}

export async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  return (await unwrap(loose.GET(path, { params: { query: cleanQuery(query) } }))) as T;
}

/** `filename*=UTF-8''…` of a Content-Disposition header, if any. */
/**
 * Downloads an .xlsx export: fetched with the session's bearer token (a plain link would go without
 * it), then saved through a temporary object URL. The server's file name wins over `filename`.
 */
export async function downloadXlsx(path: string, params: Query, filename: string): Promise<void> {
  const { data, error, response } = await loose.GET(path, { params: { query: cleanQuery(params) }, parseAs: 'blob' });
  const blob = await unwrap(Promise.resolve({ data, error, response }));
  saveBlob(blob as Blob, fileNameOf(response.headers.get('Content-Disposition'), filename));
}

const R = '/api/admin/reports';

export const reportPaths = {
  byMonth: `${R}/sales/by-month`,
  byCounty: `${R}/sales/by-county`,
  byRegion: `${R}/sales/by-region`,
  byHelper: `${R}/sales/by-helper`,
  byBuyerType: `${R}/sales/by-buyer-type`,
  topProducts: `${R}/sales/top-products`,
  seasonal: `${R}/sales/seasonal`,
  results: `${R}/results`,
  traceBases: `${R}/traceability/bases`,
  traceBase: (baseId: string) => `${R}/traceability/bases/${encodeURIComponent(baseId)}`,
  expiring: `${R}/traceability/expiring`,
} as const;

/** The export twin of a report path. */
export const exportPath = (path: string) => `${path}/export.xlsx`;

const useReport = <T>(path: string, query: Query, enabled = true) =>
  useQuery({ queryKey: ['reports', path, query], queryFn: () => getJson<T>(path, query), enabled });

export const useSalesByMonth = (p: Period) => useReport<SalesByMonthView>(reportPaths.byMonth, { ...p });
export const useSalesByCounty = (p: Period) => useReport<SalesByCountyView>(reportPaths.byCounty, { ...p });
export const useSalesByRegion = (p: Period, level: RegionLevel) => useReport<SalesByRegionView>(reportPaths.byRegion, { ...p, level });
export const useSalesByHelper = (p: Period) => useReport<SalesByHelperView>(reportPaths.byHelper, { ...p });
export const useSalesByBuyerType = (p: Period) => useReport<SalesByBuyerTypeView>(reportPaths.byBuyerType, { ...p });
export const useTopProducts = (p: Period, limit = 20) => useReport<TopProductsView>(reportPaths.topProducts, { ...p, limit });
export const useSeasonal = (year: number) => useReport<SeasonalView>(reportPaths.seasonal, { year });
export const useResults = (year: number, groupBy: ResultsGroupBy) => useReport<ResultsView>(reportPaths.results, { year, groupBy });
export const useTraceBases = (p: Period) => useReport<BaseCoverageView>(reportPaths.traceBases, { ...p });
export const useTraceBase = (baseId: string, p: Period) => useReport<BaseTraceDetailView>(reportPaths.traceBase(baseId), { ...p });
export const useExpiring = (days: number) => useReport<ExpiringCertsView>(reportPaths.expiring, { days });
