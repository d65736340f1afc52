import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Public } from '../../identity/access.decorators';
import { SANDBOX_KEYS } from '../alipay-settings';
import { fenToYuan, yuanToFen } from '../money';
import { cashierPage, messagePage } from './cashier-page';
import { SANDBOX_APP_ID, SANDBOX_PATH, SandboxKeys } from './sandbox-keys';
import { SandboxNotifier } from './sandbox-notifier';
import { SandboxTrades } from './sandbox-trades';
import { alipayTime, rsa2Sign, rsa2Verify, signContent } from './signing';

type Params = Record<string, string>;
type Reply = Record<string, string>;

const PAGE_METHODS = ['alipay.trade.page.pay', 'alipay.trade.wap.pay'];
const fail = (code: string, msg: string, subCode: string, subMsg: string): Reply => ({ code, msg, sub_code: subCode, sub_msg: subMsg });
const notExist = () => fail('40004', 'Business Failed', 'ACQ.TRADE_NOT_EXIST', '交易不存在');

function stringsOnly(...sources: unknown[]): Params {
  const out: Params = {};
  for (const s of sources) {
    if (!s || typeof s !== 'object') continue;
    for (const [k, v] of Object.entries(s)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/**
 * The local payment sandbox: a stand-in for Alipay's gateway, mounted only when no ALIPAY_* settings
 * are given (never in production). It verifies the merchant's RSA2 request signature, shows a cashier
 * page (确认付款 / 取消), sends a signed notification to notify_url and redirects to return_url, and
 * answers alipay.trade.query / alipay.trade.refund / alipay.trade.close with signed JSON — so the
 * real alipay-sdk code paths run in development and in tests.
 */
@ApiExcludeController()
@Controller('sandbox/alipay')
export class SandboxGatewayController {
  constructor(
    @Inject(SANDBOX_KEYS) private readonly keys: SandboxKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly trades: SandboxTrades,
    private readonly notifier: SandboxNotifier,
  ) {
    if (config.nodeEnv === 'production' || config.alipay) throw new Error('the payment sandbox is refused in production and when Alipay is configured');
  }

  /** Page / wap pay: the buyer's browser arrives here with the signed request in the query. */
  @Get('gateway.do')
  @Public()
  pageGet(@Query() query: unknown, @Res() res: Response): void {
    this.gateway(stringsOnly(query), res);
  }

  /** SDK calls (exec: query, refund, close) and POST-form page pay. */
  @Post('gateway.do')
  @Public()
  pagePost(@Query() query: unknown, @Body() body: unknown, @Res() res: Response): void {
    this.gateway(stringsOnly(query, body), res);
  }

  @Post('cashier/:ticket/pay')
  @Public()
  async pay(@Param('ticket') ticket: string, @Res() res: Response): Promise<void> {
    const t = this.trades.byCashierTicket(ticket);
    if (!t) return void this.html(res, 404, messagePage('交易不存在', '收银台链接无效或已过期。'));
    if (t.status === 'TRADE_CLOSED') return void this.html(res, 409, messagePage('交易已关闭', '该笔交易已关闭，不能付款。'));
    if (t.status === 'WAIT_BUYER_PAY') {
      t.status = 'TRADE_SUCCESS';
      t.paidAt = new Date();
    }
    await this.notifier.deliver(t);
    if (t.returnUrl) {
      const url = new URL(t.returnUrl);
      for (const [k, v] of Object.entries(this.notifier.returnParams(t))) url.searchParams.set(k, v);
      return void res.redirect(303, url.toString());
    }
    this.html(res, 200, messagePage('支付成功', `已支付 ¥${t.totalAmount}。`));
  }

  @Post('cashier/:ticket/cancel')
  @Public()
  cancel(@Param('ticket') ticket: string, @Res() res: Response): void {
    const t = this.trades.byCashierTicket(ticket);
    if (!t) return void this.html(res, 404, messagePage('交易不存在', '收银台链接无效或已过期。'));
    const back = t.returnUrl ? new URL(t.returnUrl).toString() : undefined;
    this.html(res, 200, messagePage('已取消付款', '您已离开收银台，订单仍待支付，可稍后在订单中重新付款。', back ? { href: back, text: '返回商家' } : undefined));
  }

  private gateway(p: Params, res: Response): void {
    const method = p.method ?? '';
    const verified = p.sign && rsa2Verify(signContent(p, ['sign']), p.sign, this.keys.merchantPublicKey);
    let biz: Record<string, unknown> = {};
    try {
      const parsed: unknown = JSON.parse(p.biz_content ?? '{}');
      if (parsed && typeof parsed === 'object') biz = parsed as Record<string, unknown>;
    } catch {
      biz = {};
    }
    if (PAGE_METHODS.includes(method)) {
      if (!verified) return void this.html(res, 400, messagePage('签名验证失败', '商户请求签名无效（isv.invalid-signature）。'));
      if (p.app_id !== SANDBOX_APP_ID) return void this.html(res, 400, messagePage('应用不存在', `app_id 无效（isv.invalid-app-id）。`));
      return this.cashier(method, p, biz, res);
    }
    const key = `${method.replace(/\./g, '_')}_response`;
    let reply: Reply;
    if (!verified) reply = fail('40002', 'Invalid Arguments', 'isv.invalid-signature', '验签出错');
    else if (p.app_id !== SANDBOX_APP_ID) reply = fail('40002', 'Invalid Arguments', 'isv.invalid-app-id', '无效的AppID参数');
    else if (method === 'alipay.trade.query') reply = this.query(biz);
    else if (method === 'alipay.trade.refund') reply = this.refund(biz);
    else if (method === 'alipay.trade.close') reply = this.close(biz);
    else reply = fail('40004', 'Business Failed', 'isv.invalid-method', `沙箱不支持 ${method || '空'} 接口`);
    this.signedJson(res, method ? key : 'error_response', reply);
  }

  private cashier(method: string, p: Params, biz: Record<string, unknown>, res: Response): void {
    const outTradeNo = typeof biz.out_trade_no === 'string' ? biz.out_trade_no : '';
    const totalFen = yuanToFen(biz.total_amount);
    if (!outTradeNo || totalFen === null || totalFen <= 0 || typeof biz.subject !== 'string') {
      return void this.html(res, 400, messagePage('参数错误', 'biz_content 缺少 out_trade_no、total_amount 或 subject。'));
    }
    const existing = this.trades.find(outTradeNo);
    if (existing && existing.totalFen !== totalFen) return void this.html(res, 400, messagePage('交易信息不一致', '同一商户订单号的金额与先前不同。'));
    const t = this.trades.open({
      outTradeNo,
      subject: biz.subject,
      totalAmount: fenToYuan(totalFen),
      totalFen,
      productCode: String(biz.product_code ?? ''),
      method,
      notifyUrl: p.notify_url || null,
      returnUrl: p.return_url || null,
    });
    if (t.status === 'TRADE_SUCCESS') return void this.html(res, 200, messagePage('该订单已支付', '请勿重复付款。'));
    if (t.status === 'TRADE_CLOSED') return void this.html(res, 409, messagePage('交易已关闭', '该笔交易已关闭。'));
    this.html(res, 200, cashierPage(t, `${SANDBOX_PATH}/cashier/${t.ticket}`));
  }

  private query(biz: Record<string, unknown>): Reply {
    const t = this.trades.find(String(biz.out_trade_no ?? ''));
    if (!t) return notExist();
    return {
      code: '10000',
      msg: 'Success',
      trade_no: t.tradeNo,
      out_trade_no: t.outTradeNo,
      buyer_logon_id: 'san***@example.com',
      buyer_user_id: t.buyerId,
      trade_status: t.status,
      total_amount: t.totalAmount,
      ...(t.paidAt ? { send_pay_date: alipayTime(t.paidAt) } : {}),
    };
  }

  private refund(biz: Record<string, unknown>): Reply {
    const t = this.trades.find(String(biz.out_trade_no ?? ''));
    if (!t) return notExist();
    if (t.status !== 'TRADE_SUCCESS') return fail('40004', 'Business Failed', 'ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
    const amount = yuanToFen(biz.refund_amount);
    const requestNo = String(biz.out_request_no ?? t.outTradeNo);
    if (amount === null || amount <= 0) return fail('40002', 'Invalid Arguments', 'isv.invalid-parameter', 'refund_amount 无效');
    const done = t.refunds.get(requestNo);
    let fundChange = 'N';
    if (done === undefined) {
      const refunded = [...t.refunds.values()].reduce((a, b) => a + b, 0);
      if (refunded + amount > t.totalFen) return fail('40004', 'Business Failed', 'ACQ.REFUND_AMT_NOT_EQUAL_TOTAL', '退款金额超限');
      t.refunds.set(requestNo, amount);
      fundChange = 'Y';
    } else if (done !== amount) {
      return fail('40004', 'Business Failed', 'ACQ.REQUEST_AMOUNT_EXCEED', '同一退款请求号的金额不一致');
    }
    const total = [...t.refunds.values()].reduce((a, b) => a + b, 0);
    return {
      code: '10000',
      msg: 'Success',
      trade_no: t.tradeNo,
      out_trade_no: t.outTradeNo,
      buyer_logon_id: 'san***@example.com',
      fund_change: fundChange,
      refund_fee: fenToYuan(total),
      gmt_refund_pay: alipayTime(),
    };
  }

  private close(biz: Record<string, unknown>): Reply {
    const t = this.trades.find(String(biz.out_trade_no ?? ''));
    if (!t) return notExist();
    if (t.status !== 'WAIT_BUYER_PAY') return fail('40004', 'Business Failed', 'ACQ.TRADE_STATUS_ERROR', '交易状态不合法');
    t.status = 'TRADE_CLOSED';
    return { code: '10000', msg: 'Success', trade_no: t.tradeNo, out_trade_no: t.outTradeNo };
  }

  /** `{"<method>_response":{…},"sign":"…"}`, the signature over the exact response text. */
  private signedJson(res: Response, key: string, reply: Reply): void {
    const inner = JSON.stringify(reply);
    const sign = rsa2Sign(inner, this.keys.alipayPrivateKey);
    res.status(200).type('application/json; charset=utf-8').send(`{"${key}":${inner},"sign":"${sign}"}`);
  }

  private html(res: Response, status: number, body: string): void {
    res.status(status).type('text/html; charset=utf-8').send(body);
  }

}
