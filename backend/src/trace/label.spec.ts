import { Batch } from './batch.entity';
import { PROMISE_TEXT } from './compliance-certificate';
import { escapeHtml, renderLabel } from './label';

describe('printable label', () => {
  const batch = Object.assign(new Batch(), {
    batchNo: 'TD-2025-01',
    traceCode: 'K7M2Q9XD4HTR8B3N',
    harvestDate: '2025-06-18',
    certificate: {
      productName: '芒果</td><script>alert(1)</script>',
      quantityText: '500 公斤 & more',
      producer: '"><img src=x onerror=alert(2)>',
      origin: "田东县' onmouseover='alert(3)",
      contactPhone: '0776-5212345',
      issuedOn: '2025-06-20',
      promise: PROMISE_TEXT,
      selfTested: true,
    },
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('prints every certificate field escaped, the promise, the mark and the QR', () => {
    const html = renderLabel(batch, '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>', 'https://t.example.cn/t/K7M2Q9XD4HTR8B3N');
    expect(html).not.toMatch(/<script|<img|onmouseover='/);
    expect(html).toContain('芒果&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('500 公斤 &amp; more');
    expect(html).toContain(PROMISE_TEXT);
    expect(html).toContain('☑ 自检合格');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>');
    expect(html).toContain('@page { size: 105mm 148mm');
  });
});
