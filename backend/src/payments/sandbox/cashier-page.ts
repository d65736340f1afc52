import { SandboxTrade } from './sandbox-trades';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const page = (title: string, body: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title>
<style>
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f5f5;color:#333}
header{background:#1677ff;color:#fff;padding:14px 20px;font-size:18px}
main{max-width:420px;margin:24px auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
.amount{font-size:34px;font-weight:600;margin:8px 0 16px}.muted{color:#888;font-size:13px}
dl{display:grid;grid-template-columns:6em 1fr;gap:6px 8px;font-size:14px}dt{color:#888}dd{margin:0;word-break:break-all}
button{width:100%;padding:12px;font-size:16px;border-radius:6px;border:0;margin-top:12px;cursor:pointer}
.pay{background:#1677ff;color:#fff}.cancel{background:#eee;color:#333}
.note{background:#fffbe6;border:1px solid #ffe58f;padding:8px 12px;border-radius:6px;font-size:13px;margin-bottom:16px}
</style></head><body><header>支付宝 · 本地沙箱收银台</header><main>${body}</main></body></html>`;

export function cashierPage(t: SandboxTrade, action: string): string {
  return page(
    '支付宝收银台（沙箱）',
    `<div class="note">这是帮扶集市内置的本地支付沙箱，不会发生真实扣款。</div>
<div class="muted">${esc(t.subject)}</div>
<div class="amount">¥ ${esc(t.totalAmount)}</div>
<dl><dt>商户订单号</dt><dd>${esc(t.outTradeNo)}</dd><dt>交易号</dt><dd>${esc(t.tradeNo)}</dd></dl>
<form method="post" action="${esc(action)}/pay"><button class="pay" type="submit">确认付款</button></form>
<form method="post" action="${esc(action)}/cancel"><button class="cancel" type="submit">取消</button></form>`,
  );
}

export function messagePage(title: string, message: string, link?: { href: string; text: string }): string {
  return page(title, `<h2>${esc(title)}</h2><p>${esc(message)}</p>${link ? `<p><a href="${esc(link.href)}">${esc(link.text)}</a></p>` : ''}`);
}
