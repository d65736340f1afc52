import { Global, Module } from '@nestjs/common';
import { AdminAuditController, AgencyAuditController, SupplierAuditController } from './audit.controller';
import { AuditLog } from './audit-log.service';
import { AuditQueryService } from './audit-query.service';

/** Global, so every context can record audit lines without importing the audit context's internals. */
@Global()
@Module({
  controllers: [AdminAuditController, AgencyAuditController, SupplierAuditController],
  providers: [AuditLog, AuditQueryService],
  exports: [AuditLog],
})
export class AuditModule {}
