import type { APIRequestContext } from '@playwright/test';

/** A listed product found through the public search, and its newest batch's trace code (if any). */
export async function findProduct(request: APIRequestContext, q: string, extra: Record<string, string> = {}) {
  const res = await request.get('/api/products', { params: { q, ...extra } });
  const body = (await res.json()) as { items: { id: string; name: string }[] };
  if (!body.items.length) throw new Error(`no product for ${q}`);
  const product = body.items[0];
  const batch = await request.get(`/api/products/${product.id}/latest-batch`);
  const traceCode = batch.ok() ? ((await batch.json()) as { traceCode: string }).traceCode : undefined;
  return { ...product, traceCode };
}

/** The two widths the storefront is checked at: a small phone and a desktop. */
export const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } } as const;
