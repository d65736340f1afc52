import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments.module';
import { SandboxGatewayController } from './sandbox-gateway.controller';
import { SandboxNotifier } from './sandbox-notifier';
import { SandboxTrades } from './sandbox-trades';

/**
 * The local Alipay sandbox gateway. AppModule imports it only when ALIPAY_* are unset, and the
 * configuration refuses that in production, so in production this module does not exist.
 */
@Module({
  imports: [PaymentsModule],
  controllers: [SandboxGatewayController],
  providers: [SandboxTrades, SandboxNotifier],
  exports: [SandboxTrades],
})
export class AlipaySandboxModule {}
