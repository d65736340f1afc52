import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service';

/** Global, so every context can record audit lines without importing the audit context's internals. */
@Global()
@Module({ providers: [AuditLog], exports: [AuditLog] })
export class AuditModule {}
