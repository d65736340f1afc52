import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

/** `POST /api/auth/login` response (shared/api-contract.md). */
export interface LoginResult {
  accessToken: string;
  user: { id: string | number; name: string; roles: string[] };
}

/** The error shape every 4xx/5xx carries (DESIGN.md). */
export interface ApiError {
  statusCode: number;
  code?: string;
  message: string | string[];
  details?: unknown;
}

/** Logs in through the API and returns the token and user; fails the test on a non-200. */
export async function apiLogin(
  request: APIRequestContext,
  phone: string,
  password: string = DEMO_PASSWORD,
): Promise<LoginResult> {
  const response = await request.post('/api/auth/login', { data: { phone, password } });
  await expectStatus(response, 200);
  const body = (await response.json()) as LoginResult;
  expect(typeof body.accessToken, 'accessToken is a string').toBe('string');
  return body;
}

/** Asserts the status, printing the body when it differs so a failure says why. */
export async function expectStatus(response: APIResponse, status: number): Promise<void> {
  if (response.status() !== status) {
    const body = await response.text().catch(() => '<unreadable body>');
    expect(response.status(), `${response.url()} answered ${response.status()}: ${body.slice(0, 500)}`).toBe(status);
  }
}

type Json = Record<string, unknown> | unknown[];

/** A small typed client bound to one bearer token. */
export class Api {
  constructor(
    private readonly request: APIRequestContext,
    readonly token?: string,
  ) {}

  /** A client logged in as `phone` (demo password by default). */
  static async as(request: APIRequestContext, phone: string, password?: string): Promise<Api & { login: LoginResult }> {
    const login = await apiLogin(request, phone, password);
    return Object.assign(new Api(request, login.accessToken), { login });
  }

  private headers(extra?: Record<string, string>): Record<string, string> {
    return { ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  raw(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, data?: Json, headers?: Record<string, string>) {
    return this.request.fetch(path, { method, data, headers: this.headers(headers) });
  }

  async get<T>(path: string, expected = 200): Promise<T> {
    return this.json<T>(await this.raw('GET', path), expected);
  }

  async post<T>(path: string, data?: Json, expected = 200, headers?: Record<string, string>): Promise<T> {
    return this.json<T>(await this.raw('POST', path, data, headers), expected);
  }

  async patch<T>(path: string, data?: Json, expected = 200): Promise<T> {
    return this.json<T>(await this.raw('PATCH', path, data), expected);
  }

  private async json<T>(response: APIResponse, expected: number): Promise<T> {
    await expectStatus(response, expected);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
}
