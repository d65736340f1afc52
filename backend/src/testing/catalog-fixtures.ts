import { TestApp } from './test-app';

/** A real 1×1 PNG and a minimal PDF, for upload-backed fixtures. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const PDF_MINIMAL = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export async function upload(t: TestApp, token: string, body: Buffer, filename: string, contentType: string): Promise<string> {
  const res = await t.http().post('/api/files').set('Authorization', token).attach('file', body, { filename, contentType });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export const nextYear = () => `${new Date().getUTCFullYear() + 1}-12-31`;
export const lastYear = () => `${new Date().getUTCFullYear() - 1}-01-01`;

/** A product body for the demo mango co-op of 田东县 (451022). */
export function mangoProduct(imageId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: '百色芒果（台农一号）',
    category: 'FRUIT',
    description: '右江河谷阳光充足，果肉细腻香甜。',
    images: [imageId],
    originCountyCode: '451022',
    storage: 'ROOM',
    coldChain: false,
    saleMonths: [6, 7, 8, 9],
    skus: [
      { spec: '5斤装 中果', unit: '箱', netWeightGrams: 2500, priceFen: 5990, stock: 100, agencyMinQty: 10 },
      { spec: '10斤装 大果', unit: '箱', netWeightGrams: 5000, priceFen: 10990, stock: 50, agencyMinQty: 5 },
    ],
    ...overrides,
  };
}

export function assistanceCert(documentFileId: string, countyCode = '451022', overrides: Record<string, unknown> = {}) {
  return {
    type: 'ASSISTANCE',
    number: '田东认定〔2026〕第0312号',
    issuer: '田东县乡村振兴局',
    issuingCountyCode: countyCode,
    validFrom: lastYear(),
    validTo: nextYear(),
    linkedHouseholds: 126,
    documentFileId,
    ...overrides,
  };
}

/**
 * Walks a product through the real API: the supplier creates it with a certificate and submits it,
 * the operator approves it, the supplier lists it. Returns the product id.
 */
export async function listedProduct(t: TestApp, supplier: string, operator: string, body: Record<string, unknown>, countyCode = '451022'): Promise<string> {
  const image = await upload(t, supplier, PNG_1X1, 'cover.png', 'image/png');
  const doc = await upload(t, supplier, PDF_MINIMAL, 'cert.pdf', 'application/pdf');
  const created = await t.http().post('/api/supplier/products').set('Authorization', supplier).send({ ...body, images: [image] });
  if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  await t.http().post(`/api/supplier/products/${id}/certifications`).set('Authorization', supplier).send(assistanceCert(doc, countyCode)).expect(201);
  await t.http().post(`/api/supplier/products/${id}/submit`).set('Authorization', supplier).expect(200);
  await t.http().post(`/api/admin/products/${id}/approve`).set('Authorization', operator).expect(200);
  await t.http().post(`/api/supplier/products/${id}/list`).set('Authorization', supplier).expect(200);
  return id;
}
