import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, type Options, parseOptions, verify } from '@node-rs/argon2';
import { PASSWORD_HASH } from '../domain/sign-in-policy';

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot inline). */
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;
const OPTIONS: Options = { ...PASSWORD_HASH, algorithm: ARGON2ID };

/** Operator passwords, hashed with argon2id (OWASP parameters, see `PASSWORD_HASH`). */
@Injectable()
export class PasswordHasher {
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password.normalize('NFC'), OPTIONS);
  }

  /**
   * Whether `password` matches `passwordHash`. Without a hash (no such operator, or not enrolled) it verifies
   * against a decoy hash anyway and answers false, so the time taken tells nothing.
   */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    this.decoy ??= this.hash(randomBytes(16).toString('hex'));
    const target = passwordHash ?? (await this.decoy);
    try {
      const ok = await verify(target, password.normalize('NFC'));
      return passwordHash !== null && ok;
    } catch {
      return false;
    }
  }

  /** Whether a hash was made with other parameters than today's (it is replaced at the next successful sign-in). */
  needsRehash(passwordHash: string): boolean {
    const p = parseOptions(passwordHash);
    return p.algorithm !== ARGON2ID || p.memoryCost !== PASSWORD_HASH.memoryCost || p.timeCost !== PASSWORD_HASH.timeCost || p.parallelism !== PASSWORD_HASH.parallelism;
  }
}
