import { SupplierDecisionView, SupplierDetail, SupplierView } from './dto';
import { SupplierDecision } from './supplier-decision.entity';
import { Supplier } from './supplier.entity';

export const supplierView = (s: Supplier): SupplierView => ({
  id: s.id,
  name: s.name,
  creditCode: s.creditCode,
  countyCode: s.countyCode,
  status: s.status,
  kind: s.kind,
  statusReason: s.statusReason ?? null,
  submittedAt: s.submittedAt ? s.submittedAt.toISOString() : null,
});

export const decisionView = (d: SupplierDecision): SupplierDecisionView => ({
  id: d.id,
  action: d.action,
  fromStatus: d.fromStatus,
  toStatus: d.toStatus,
  reason: d.reason,
  actorId: d.actorId,
  actorName: d.actorName,
  decidedAt: d.decidedAt.toISOString(),
});

export const supplierDetail = (s: Supplier, decisions: SupplierDecision[]): SupplierDetail => ({
  ...supplierView(s),
  licences: (s.licences ?? []).map((l) => ({ type: l.type, number: l.number, expiresOn: l.expiresOn ?? null, fileId: l.fileId ?? null })),
  contact: s.contactName && s.contactPhone && s.contactAddress ? { name: s.contactName, phone: s.contactPhone, address: s.contactAddress } : null,
  linkedHouseholds: s.linkedHouseholds ?? null,
  linkageDescription: s.linkageDescription ?? null,
  decisions: decisions.map(decisionView),
});
