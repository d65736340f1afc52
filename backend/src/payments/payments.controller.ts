import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../identity/access.decorators';
import { Metrics } from '../observability/metrics';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller('payments')
export class PaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Alipay's asynchronous notification (contract). Always HTTP 200 with a plain-text body: `success`
   * once verified and recorded (also for a repeat), `failure` otherwise — never a JSON error, so
   * Alipay retries (up to 8 times over about 25 hours) instead of giving up on a 4xx/5xx.
   */
  @Post('alipay/notify')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: '支付宝异步通知（表单编码，由支付宝发送）' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ schema: { type: 'object', additionalProperties: { type: 'string' }, description: '支付宝通知参数：notify_id, app_id, out_trade_no, trade_no, trade_status, total_amount, seller_id, sign, sign_type …' } })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: '`success` 或 `failure`（纯文本）', schema: { type: 'string', enum: ['success', 'failure'] } })
  async notify(@Body() body: unknown): Promise<string> {
    const result = await this.payments.handleAlipayNotification(body);
    this.metrics.paymentNotification(result);
    return result;
  }
}
