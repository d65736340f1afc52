import { unwrap, type ResponseOf } from '@bangfu/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Coupon = ResponseOf<'/api/coupons/mine', 'get'>['items'][number];
export const couponsQueryKey = ['coupons', 'mine'] as const;

export const COUPON_STATUS_LABELS: Record<Coupon['status'], string> = { AVAILABLE: '可使用', USED: '已使用', EXPIRED: '已过期', SUSPENDED: '活动暂停' };

export function useMyCoupons(enabled = true) {
  return useQuery({ queryKey: couponsQueryKey, queryFn: () => unwrap(api.GET('/api/coupons/mine')), enabled });
}

export function useClaimCoupon() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/coupons/claim', { body: { code } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: couponsQueryKey }),
  });
}

/**
 * What a coupon would take off a basket of `subtotalFen` in its scope, as the server's quote rule
 * states it (face value, at most the subtotal, once the minimum spend is reached); null when it does
 * not apply. Only an estimate for display: the order's own totals come from the server.
 */
export function estimateDiscount(coupon: Pick<Coupon, 'faceValueFen' | 'minSpendFen' | 'status'>, subtotalFen: number): number | null {
  if (coupon.status !== 'AVAILABLE' || subtotalFen < coupon.minSpendFen) return null;
  return Math.min(coupon.faceValueFen, Math.max(0, subtotalFen - 1));
}
