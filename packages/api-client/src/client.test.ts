import { describe, expect, it, vi } from 'vitest';
import { createApiClient, unwrap } from './client';
import { ApiError, errorMessage, fieldErrors } from './errors';
import { createTokenStore, memoryStorage } from './token';

function setup(status: number, body: unknown) {
  const tokens = createTokenStore('t', memoryStorage());
  const seen: Request[] = [];
  const fetch = vi.fn(async (req: Request) => {
    seen.push(req);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  const onUnauthorized = vi.fn();
  const api = createApiClient({ tokens, onUnauthorized, baseUrl: 'http://api.test', fetch: fetch as typeof globalThis.fetch });
  return { tokens, seen, onUnauthorized, api };
}

describe('api client', () => {
  it('sends the stored token as a bearer header', async () => {
    const { tokens, seen, api } = setup(200, { id: '1' });
    tokens.set('abc');
    await api.GET('/api/auth/me');
    expect(seen[0]!.headers.get('Authorization')).toBe('Bearer abc');
  });

  it('clears the token and reports a 401 from an ordinary call', async () => {
    const { tokens, onUnauthorized, api } = setup(401, { statusCode: 401, code: 'UNAUTHORIZED', message: '请先登录' });
    tokens.set('expired');
    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toBeInstanceOf(ApiError);
    expect(tokens.get()).toBeNull();
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('treats a 401 from login as wrong credentials and keeps the user on the page', async () => {
    const body = { statusCode: 401, code: 'INVALID_CREDENTIALS', message: '手机号或密码错误' };
    const { tokens, onUnauthorized, api } = setup(401, body);
    tokens.set('other');
    const err = await unwrap(api.POST('/api/auth/login', { body: { phone: '13800000005', password: 'x' } })).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('INVALID_CREDENTIALS');
    expect(errorMessage(err)).toBe('手机号或密码错误');
    expect(tokens.get()).toBe('other');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('exposes validation details by field', async () => {
    const body = { statusCode: 400, code: 'VALIDATION_FAILED', message: '输入有误', details: [{ field: 'phone', message: '手机号格式不正确' }] };
    const { api } = setup(400, body);
    const err = await unwrap(api.POST('/api/auth/register', { body: { phone: '1', password: 'x', name: 'y' } })).catch((e) => e);
    expect(fieldErrors(err)).toEqual({ phone: '手机号格式不正确' });
  });
});
