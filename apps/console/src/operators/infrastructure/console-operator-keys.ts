import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OperatorKeySource, type OperatorVerificationKey, publicKeyFromJwk } from '@trustcircle/security';
import { DataSource, In } from 'typeorm';
import { OperatorRecord } from './operator.orm-entity';
import { SigningKeyRecord } from './signing-key.orm-entity';

/** The console verifies operator tokens against its own registry: its signing keys, and operators still active. */
@Injectable()
export class ConsoleOperatorKeys implements OperatorKeySource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async operatorKey(kid: string): Promise<OperatorVerificationKey | undefined> {
    const key = await this.dataSource.manager.findOneBy(SigningKeyRecord, { kid, status: In(['ACTIVE', 'RETIRED']) });
    if (!key) return undefined;
    return { kid: key.kid, key: publicKeyFromJwk(key.publicJwk), status: key.status as 'ACTIVE' | 'RETIRED', notAfter: key.notAfter };
  }

  async operatorActive(operatorId: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(operatorId)) return false;
    const operator = await this.dataSource.manager.findOneBy(OperatorRecord, { id: operatorId });
    return operator?.status === 'ACTIVE';
  }
}
