import { ProductShelf } from '../products/ProductShelf';
import { useZone, type Zone } from './api';

/** A zone on the home page with its first products; hidden when it shows nothing today. */
export function ZoneShelf({ zone, limit = 8 }: { zone: Zone; limit?: number }) {
  const { data, isLoading } = useZone(zone.slug);
  const products = data?.products.slice(0, limit) ?? [];
  if (!isLoading && !products.length) return null;
  return (
    <ProductShelf id={`zone-${zone.slug}`} title={zone.name} description={zone.description} moreTo={`/zones/${zone.slug}`}
      products={products} loading={isLoading} />
  );
}
