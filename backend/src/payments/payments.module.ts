import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AdminPaymentsController } from './admin-payments.controller';
import { ALIPAY_SETTINGS, AlipaySettings, alipaySettings, SANDBOX_KEYS, sandboxKeysFor } from './alipay-settings';
import { AlipayProvider } from './alipay.provider';
import { PAYMENT_PROVIDER } from './payment-provider';
import { PaymentRecorder } from './payment-recorder';
import { Payment } from './payment.entity';
import { PaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';
import { ReconciliationService } from './reconciliation.service';
import { Refund } from './refund.entity';
import { RefundsService } from './refunds.service';
import { SandboxKeys } from './sandbox/sandbox-keys';

/** Payments for orders through a PaymentProvider (Alipay on alipay-sdk, or the local sandbox). */
@Module({
  imports: [TypeOrmModule.forFeature([Payment, Refund])],
  controllers: [PaymentsController, AdminPaymentsController],
  providers: [
    { provide: SANDBOX_KEYS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => sandboxKeysFor(c) },
    { provide: ALIPAY_SETTINGS, inject: [APP_CONFIG, SANDBOX_KEYS], useFactory: (c: AppConfig, k: SandboxKeys | null) => alipaySettings(c, k) },
    { provide: PAYMENT_PROVIDER, inject: [ALIPAY_SETTINGS], useFactory: (s: AlipaySettings) => new AlipayProvider(s) },
    PaymentRecorder,
    RefundsService,
    ReconciliationService,
    PaymentsService,
  ],
  exports: [PaymentsService, SANDBOX_KEYS, ALIPAY_SETTINGS],
})
export class PaymentsModule {}
