import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

export const JWT_KEY = Symbol('JWT_KEY');
const TOKEN_TTL_SECONDS = 12 * 60 * 60;

/** Bearer tokens: HS256 JWTs carrying only the user id; roles and organisations are read fresh per request. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(JWT_KEY) private readonly secret: string,
  ) {}

  issue(userId: string): string {
    return this.jwt.sign({ sub: userId }, { secret: this.secret, expiresIn: TOKEN_TTL_SECONDS, algorithm: 'HS256' });
  }

  /** The user id a valid token names, or null for anything expired, forged or malformed. */
  async verify(token: string): Promise<string | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown }>(token, { secret: this.secret, algorithms: ['HS256'] });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
