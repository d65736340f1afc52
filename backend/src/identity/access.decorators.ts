import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AppError } from '../common/app-error';
import { Principal } from './principal';
import { Role } from './role';

/**
 * Access rules. Every route must carry exactly one of @Public(), @Authenticated() or @Roles(...);
 * the global AccessGuard refuses a route that has none, so a new endpoint can't be open by accident.
 */
export const ACCESS_KEY = 'bangfu:access';
export const SCOPE_KEY = 'bangfu:scope';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: '未登录或登录已失效' }),
  );

export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: '未登录或登录已失效' }),
    ApiForbiddenResponse({ description: '角色或所属组织不允许' }),
  );

export type OrgKind = 'agency' | 'supplier';
export interface ScopeRule {
  kind: OrgKind;
  param: string;
}

/**
 * The route parameter `param` names an organisation; only its own members (and operators) pass.
 * Example: `@OrgScope('agency', 'agencyId')` on `GET /agencies/:agencyId/quota`.
 */
export const OrgScope = (kind: OrgKind, param: string) => SetMetadata(SCOPE_KEY, { kind, param } satisfies ScopeRule);

/** The resolved Principal of an authenticated route. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const p = ctx.switchToHttp().getRequest().principal as Principal | undefined;
  if (!p) throw AppError.unauthenticated();
  return p;
});

/**
 * The caller's own Supplier id, for "my data" routes such as `/supplier/products`. A caller without
 * a supplier is refused, so a query can never run unscoped.
 */
export const CurrentSupplierId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const p = ctx.switchToHttp().getRequest().principal as Principal | undefined;
  if (!p) throw AppError.unauthenticated();
  if (!p.supplierId) throw AppError.forbidden('当前账号不属于任何供应商');
  return p.supplierId;
});

/** The caller's own Agency id, for "my agency" routes. */
export const CurrentAgencyId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const p = ctx.switchToHttp().getRequest().principal as Principal | undefined;
  if (!p) throw AppError.unauthenticated();
  if (!p.agencyId) throw AppError.forbidden('当前账号不属于任何预算单位');
  return p.agencyId;
});
