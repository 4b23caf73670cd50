import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EnsureSigningKeyUseCase } from './ensure-signing-key.use-case';

/** At boot of the console service: a signing key exists, and the verifying ones are (re)published. */
@Injectable()
export class SigningKeyBootstrap implements OnApplicationBootstrap {
  constructor(private readonly ensureSigningKey: EnsureSigningKeyUseCase) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSigningKey.execute({ republish: true });
  }
}
