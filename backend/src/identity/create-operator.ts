import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { AuditLog } from '../audit/audit-log.service';
import { AppError } from '../common/app-error';
import { ConfigError, loadConfig } from '../config/app-config';
import { Role } from './role';
import { UsersService } from './users.service';

/**
 * `OPERATOR_PHONE=… OPERATOR_NAME=… OPERATOR_PASSWORD=… node dist/identity/create-operator.js`:
 * the first operator of a new production database (demo data is refused there, and every other
 * account is created by an operator). The password comes from the environment, never argv, so it
 * does not show in the process list or shell history. Audited as a system action.
 * Runs no migrations: start the backend once first.
 */
async function main(): Promise<void> {
  const { OPERATOR_PHONE: phone, OPERATOR_NAME: name, OPERATOR_PASSWORD: password } = process.env;
  if (!phone || !name || !password) {
    process.stderr.write('Set OPERATOR_PHONE, OPERATOR_NAME and OPERATOR_PASSWORD.\n');
    process.exit(2);
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, seedDemo: false, scheduledJobs: false }), { logger: ['error', 'warn'] });
  try {
    const user = await app.get(UsersService).create({ phone, name, password, roles: [Role.OPERATOR] });
    await app.get(AuditLog).record({
      actor: { userId: null, name: '系统（命令行）' }, action: 'user.create', subjectType: 'user', subjectId: user.id,
      summary: `命令行创建平台运营账号「${user.name}」（${user.phone}）`, after: { phone: user.phone, name: user.name, roles: user.roles },
    });
    process.stdout.write(`operator ${user.name} (${user.phone}) created: ${user.id}\n`);
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  process.stderr.write(`create-operator failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
