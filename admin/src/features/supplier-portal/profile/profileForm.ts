import dayjs, { type Dayjs } from 'dayjs';
import type { ProfileBody, SupplierProfile } from './api';

export interface LicenceValues {
  type: string;
  number: string;
  expiresOn?: Dayjs | null;
  fileId?: string | null;
}

/** The form's shape for a supplier's own statement (application and corrections). */
export interface ProfileValues {
  name: string;
  creditCode: string;
  countyCode: string;
  kind: ProfileBody['kind'];
  licences: LicenceValues[];
  contact: { name: string; phone: string; address: string };
  linkedHouseholds: number;
  linkageDescription: string;
}

export const LICENCE_TYPES = ['营业执照', '食品生产许可证', '食品经营许可证', '农民专业合作社登记证', '动物防疫条件合格证', '其他'];

export const emptyProfile: Partial<ProfileValues> = {
  kind: 'COOPERATIVE',
  licences: [{ type: '营业执照', number: '' }],
};

export function toProfileBody(v: ProfileValues): ProfileBody {
  return {
    name: v.name.trim(),
    creditCode: v.creditCode.trim().toUpperCase(),
    countyCode: v.countyCode,
    kind: v.kind,
    licences: (v.licences ?? []).map((l) => ({
      type: l.type.trim(),
      number: l.number.trim(),
      ...(l.expiresOn ? { expiresOn: l.expiresOn.format('YYYY-MM-DD') } : {}),
      ...(l.fileId ? { fileId: l.fileId } : {}),
    })),
    contact: { name: v.contact.name.trim(), phone: v.contact.phone.trim(), address: v.contact.address.trim() },
    linkedHouseholds: v.linkedHouseholds,
    linkageDescription: v.linkageDescription.trim(),
  };
}

export function fromProfile(p: SupplierProfile): ProfileValues {
  return {
    name: p.name,
    creditCode: p.creditCode,
    countyCode: p.countyCode,
    kind: p.kind,
    licences: p.licences.map((l) => ({ type: l.type, number: l.number, expiresOn: l.expiresOn ? dayjs(l.expiresOn) : null, fileId: l.fileId })),
    contact: p.contact ?? { name: '', phone: '', address: '' },
    linkedHouseholds: p.linkedHouseholds ?? 0,
    linkageDescription: p.linkageDescription ?? '',
  };
}
