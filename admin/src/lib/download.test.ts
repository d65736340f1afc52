import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('reads the RFC 5987 name first, then the plain one, else the fallback', () => {
    expect(fileNameOf(`attachment; filename="quota.xlsx"; filename*=UTF-8''${encodeURIComponent('预留份额-2026.xlsx')}`, 'x')).toBe('预留份额-2026.xlsx');
    expect(fileNameOf('attachment; filename="contract.pdf"', 'x')).toBe('contract.pdf');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A; filename=\"plain.pdf\"", 'x')).toBe('plain.pdf');
    expect(fileNameOf(null, '采购合同.pdf')).toBe('采购合同.pdf');
  });
});
