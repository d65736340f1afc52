import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (memory-hard) with OWASP's baseline parameters: 19 MiB, 2 passes, 1 lane.
 * @node-rs/argon2 ships prebuilt binaries inside its npm packages, so nothing compiles or downloads.
 */
const PARAMS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const; // algorithm 2 = Argon2id (a const enum in the typings)

@Injectable()
export class PasswordService {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, PARAMS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so an unknown phone can't be told from a wrong password. */
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('not-a-real-password-0');
    await this.verify(await this.dummy, password);
    return false;
  }
}

/** 8–64 characters with at least one letter and one digit. */
export const PASSWORD_RULE = /^(?=.*[A-Za-z])(?=.*\d).{8,64}$/;
/** Mainland China mobile numbers. */
export const PHONE_RULE = /^1[3-9]\d{9}$/;
