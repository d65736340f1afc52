import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { LoginAttempt } from './login-attempt.entity';

/** Failures allowed per phone, and per client address, inside the window before logins are refused. */
export const MAX_FAILURES_PER_PHONE = 5;
export const MAX_FAILURES_PER_IP = 30;
export const WINDOW_MS = 15 * 60 * 1000;

/**
 * Refuses logins with 429 after repeated failures, counted in the database so the limit holds
 * across processes. A success clears the phone's count (failures before it no longer matter).
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>) {}

  async assertAllowed(phone: string, ip: string, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - WINDOW_MS);
    const lastSuccess = await this.attempts.findOne({
      where: { phone, succeeded: true, attemptedAt: MoreThan(since) },
      order: { attemptedAt: 'DESC' },
    });
    const phoneFailures = await this.attempts.countBy({
      phone,
      succeeded: false,
      attemptedAt: MoreThan(lastSuccess?.attemptedAt ?? since),
    });
    const ipFailures = await this.attempts.countBy({ ip, succeeded: false, attemptedAt: MoreThan(since) });
    if (phoneFailures >= MAX_FAILURES_PER_PHONE || ipFailures >= MAX_FAILURES_PER_IP) {
      throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', '登录失败次数过多，请 15 分钟后再试');
    }
  }

  async record(phone: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ phone, ip: ip.slice(0, 64), succeeded, attemptedAt: new Date() });
  }
}
