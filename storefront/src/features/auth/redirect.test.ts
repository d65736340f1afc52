import { describe, expect, it } from 'vitest';
import { loginPath, redirectAfterExpiry, safeRedirect } from './redirect';

const req = (path: string) => new Request('http://localhost:3000' + path);

describe('safeRedirect', () => {
  it('keeps in-app paths and rejects other origins', () => {
    expect(safeRedirect('/me?tab=1')).toBe('/me?tab=1');
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(null, '/me')).toBe('/me');
  });
});

describe('redirectAfterExpiry', () => {
  it('sends the user from a private page to login and back afterwards', () => {
    expect(redirectAfterExpiry(req('/api/auth/me'), { pathname: '/me', search: '' })).toBe('/login?redirect=%2Fme');
  });

  it('only signs out when the background session check fails on a public page', () => {
    expect(redirectAfterExpiry(req('/api/auth/me'), { pathname: '/', search: '' })).toBeNull();
  });

  it('goes to login when an action on a public page needs a session', () => {
    expect(redirectAfterExpiry(req('/api/orders'), { pathname: '/cart', search: '' })).toBe('/login?redirect=%2Fcart');
  });

  it('never loops on the login page', () => {
    expect(redirectAfterExpiry(req('/api/auth/me'), { pathname: '/login', search: '' })).toBeNull();
    expect(loginPath('/login?redirect=%2Fme')).toBe('/login');
  });
});
