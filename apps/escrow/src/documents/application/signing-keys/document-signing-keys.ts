import type { KeyObject } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@trustcircle/kernel';
import { type Ed25519PublicJwk, generateSigningKey, PlatformKeyring, privateKeyFromDer, publicKeyFromJwk } from '@trustcircle/security';
import { DataSource, type EntityManager, In } from 'typeorm';
import { EscrowEnv } from '../../../config/escrow.env';
import { DocumentSigningKeyRecord } from '../../infrastructure/document-signing-key.orm-entity';

/** The key that signs now: its id and private key (opened from its sealed form). */
export interface ActiveSigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** Serialises every change of the key set (first key, rotation) across replicas: a transaction-level advisory lock. */
const KEY_SET_LOCK = `SELECT pg_advisory_xact_lock(hashtext('escrow.document_signing_keys'))`;

const DAY_MS = 86_400_000;

/**
 * The document signing key set: one ACTIVE Ed25519 key signs; RETIRED keys keep verifying. The first key is
 * created on first need, and the active key is rotated when older than `DOCUMENT_SIGNING_KEY_MAX_AGE_DAYS` (when
 * the next document is issued) or at once by an admin. Private keys rest sealed under the platform key; an active
 * key sealed under a platform key this process does not hold (the platform key was replaced without keeping the
 * old one) is retired and replaced the same way.
 */
@Injectable()
export class DocumentSigningKeys {
  private readonly logger = new Logger(DocumentSigningKeys.name);

  constructor(
    private readonly keyring: PlatformKeyring,
    private readonly env: EscrowEnv,
    private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The key to sign with, inside the caller's transaction: the active one, created or rotated first if needed. */
  async active(m: EntityManager): Promise<ActiveSigningKey> {
    let key = await this.current(m);
    if (!key || this.tooOld(key) || !this.opens(key)) {
      await m.query(KEY_SET_LOCK);
      key = await this.current(m); // another transaction may have created or rotated it meanwhile
      if (!key) key = await this.create(m);
      else if (this.tooOld(key)) key = await this.rotateIn(m, key);
      else if (!this.opens(key)) {
        // Sealed under a platform key this process no longer holds: it cannot sign here, but still verifies.
        this.logger.warn({ msg: 'document signing key sealed under an unknown platform key: rotated', kid: key.kid, sealingKeyId: key.sealingKeyId });
        key = await this.rotateIn(m, key);
      }
    }
    return { kid: key.kid, privateKey: this.open(key) };
  }

  /** Retires the active key (if any) and creates a new one, in its own transaction. Answers the new and the retired kid. */
  rotate(): Promise<{ kid: string; retiredKid: string | null }> {
    return this.db.transaction(async (m) => {
      await m.query(KEY_SET_LOCK);
      const old = await this.current(m);
      const key = old ? await this.rotateIn(m, old) : await this.create(m);
      return { kid: key.kid, retiredKid: old?.kid ?? null };
    });
  }

  /** Every key that verifies: the ACTIVE one first, then the RETIRED ones, most recently retired first. */
  verifying(m: EntityManager = this.db.manager): Promise<DocumentSigningKeyRecord[]> {
    return m.find(DocumentSigningKeyRecord, { where: { status: In(['ACTIVE', 'RETIRED']) }, order: { status: 'ASC', retiredAt: 'DESC', createdAt: 'DESC' } });
  }

  /** The verification key of `kid`, or undefined when it is unknown or revoked. */
  async verificationKey(kid: string): Promise<{ key: KeyObject; publicJwk: Ed25519PublicJwk } | undefined> {
    const record = await this.db.manager.findOne(DocumentSigningKeyRecord, { where: { kid, status: In(['ACTIVE', 'RETIRED']) } });
    return record ? { key: publicKeyFromJwk(record.publicJwk), publicJwk: record.publicJwk } : undefined;
  }

  private opens(key: DocumentSigningKeyRecord): boolean {
    return this.keyring.hasKey(key.sealingKeyId);
  }

  private current(m: EntityManager): Promise<DocumentSigningKeyRecord | null> {
    return m.findOne(DocumentSigningKeyRecord, { where: { status: 'ACTIVE' } });
  }

  private tooOld(key: DocumentSigningKeyRecord): boolean {
    return this.clock.now().getTime() - key.createdAt.getTime() >= this.env.DOCUMENT_SIGNING_KEY_MAX_AGE_DAYS * DAY_MS;
  }

  private async rotateIn(m: EntityManager, old: DocumentSigningKeyRecord): Promise<DocumentSigningKeyRecord> {
    await m.update(DocumentSigningKeyRecord, { kid: old.kid }, { status: 'RETIRED', retiredAt: this.clock.now() });
    return this.create(m);
  }

  private async create(m: EntityManager): Promise<DocumentSigningKeyRecord> {
    const generated = generateSigningKey();
    const sealed = this.keyring.seal(generated.privateKeyDer, aadOf(generated.kid));
    const record: DocumentSigningKeyRecord = {
      kid: generated.kid,
      publicJwk: generated.publicJwk,
      sealedPrivateKey: sealed.ciphertext,
      sealingKeyId: sealed.keyId,
      status: 'ACTIVE',
      createdAt: this.clock.now(),
      retiredAt: null,
    };
    await m.insert(DocumentSigningKeyRecord, record);
    return record;
  }

  private open(key: DocumentSigningKeyRecord): KeyObject {
    return privateKeyFromDer(this.keyring.open({ ciphertext: key.sealedPrivateKey, keyId: key.sealingKeyId }, aadOf(key.kid)));
  }
}

function aadOf(kid: string): string {
  return `document-signing-key:${kid}`;
}
