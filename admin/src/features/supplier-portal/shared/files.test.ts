import { describe, expect, it } from 'vitest';
import { uploadProblem } from './files';

const MB = 1024 * 1024;

describe('uploadProblem', () => {
  it('accepts images up to 5 MB and PDFs up to 10 MB', () => {
    expect(uploadProblem({ type: 'image/png', size: 5 * MB }, 'image')).toBeNull();
    expect(uploadProblem({ type: 'application/pdf', size: 10 * MB }, 'any')).toBeNull();
    expect(uploadProblem({ type: 'image/webp', size: 10 }, 'any')).toBeNull();
  });

  it('refuses other types and larger files', () => {
    expect(uploadProblem({ type: 'image/png', size: 5 * MB + 1 }, 'image')).toBe('图片不能超过 5 MB');
    expect(uploadProblem({ type: 'application/pdf', size: 10 * MB + 1 }, 'pdf')).toBe('PDF 不能超过 10 MB');
    expect(uploadProblem({ type: 'application/pdf', size: 10 }, 'image')).toMatch(/图片/);
    expect(uploadProblem({ type: 'image/gif', size: 10 }, 'any')).toMatch(/PDF/);
  });
});
