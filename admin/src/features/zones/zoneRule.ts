import { CATEGORY_LABELS, CERTIFICATION_LABELS } from '../review/labels';
import type { ZoneRule } from './api';

export interface RuleNames {
  county?: (code: string) => string | undefined;
  helper?: (id: string) => string | undefined;
}

/** A RULE zone's rule in one line: 「县：田东县、田阳区；认证：圳品；当季」. */
export function ruleSummary(rule: ZoneRule | null | undefined, names: RuleNames = {}): string {
  if (!rule) return '—';
  const parts: string[] = [];
  if (rule.countyCodes?.length) parts.push(`县：${rule.countyCodes.map((c) => names.county?.(c) ?? c).join('、')}`);
  if (rule.helperUnitId) parts.push(`帮扶方：${names.helper?.(rule.helperUnitId) ?? rule.helperUnitId}的结对县`);
  if (rule.certificationTypes?.length) parts.push(`认证：${rule.certificationTypes.map((c) => CERTIFICATION_LABELS[c] ?? c).join('、')}`);
  if (rule.categories?.length) parts.push(`类目：${rule.categories.map((c) => CATEGORY_LABELS[c] ?? c).join('、')}`);
  if (rule.inSeason) parts.push('当季');
  if (rule.keywords?.length) parts.push(`关键词：${rule.keywords.join('、')}`);
  return parts.length ? parts.join('；') : '全部在售商品';
}

/** Drops empty parts so the API stores only what the operator set. */
export function cleanRule(rule: ZoneRule | undefined): ZoneRule {
  const out: ZoneRule = {};
  if (rule?.countyCodes?.length) out.countyCodes = rule.countyCodes;
  if (rule?.helperUnitId) out.helperUnitId = rule.helperUnitId;
  if (rule?.certificationTypes?.length) out.certificationTypes = rule.certificationTypes;
  if (rule?.categories?.length) out.categories = rule.categories;
  if (rule?.inSeason) out.inSeason = true;
  const words = (rule?.keywords ?? []).map((w) => w.trim()).filter(Boolean);
  if (words.length) out.keywords = [...new Set(words)];
  return out;
}
