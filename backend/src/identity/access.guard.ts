import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { AppError } from '../common/app-error';
import { ACCESS_KEY, AccessRule, SCOPE_KEY, ScopeRule } from './access.decorators';
import { isOperator, Principal } from './principal';
import { TokenService } from './token.service';
import { UsersService } from './users.service';

/**
 * The one guard of the API (registered globally): authenticates the bearer token, loads the user
 * fresh from the database (so a disabled account stops at once), checks roles, then checks the
 * organisation scope. A route with no access rule is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (!rule) {
      this.logger.error(`route ${ctx.getClass().name}.${ctx.getHandler().name} has no access rule; refused`);
      throw AppError.forbidden();
    }
    if (rule.kind === 'public') return true;

    const req = ctx.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const principal = await this.authenticate(req);
    req.principal = principal;

    if (rule.kind === 'roles' && !rule.roles.some((r) => principal.roles.includes(r))) {
      throw AppError.forbidden('当前角色无权执行此操作');
    }
    const scope = this.reflector.getAllAndOverride<ScopeRule | undefined>(SCOPE_KEY, targets);
    if (scope && !isOperator(principal)) {
      const wanted = req.params[scope.param];
      const own = scope.kind === 'agency' ? principal.agencyId : principal.supplierId;
      if (!own || wanted !== own) throw AppError.forbidden('无权访问其他组织的数据');
    }
    return true;
  }

  private async authenticate(req: Request): Promise<Principal> {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw AppError.unauthenticated();
    const userId = await this.tokens.verify(match[1]);
    if (!userId) throw AppError.unauthenticated('登录已失效，请重新登录');
    const principal = await this.users.findActivePrincipal(userId);
    if (!principal) throw AppError.unauthenticated('账号不可用，请重新登录');
    return principal;
  }
}
