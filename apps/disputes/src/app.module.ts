import { type DynamicModule, Module } from '@nestjs/common';
import type { EnvSource } from '@trustcircle/config';
import { PartnerDirectoryModule } from '@trustcircle/security';
import { ServiceKitModule } from '@trustcircle/service-kit';
import { DisputesEnv } from './config/disputes.env';
import { DISPUTES_ENTITIES } from './database/disputes.entities';
import { DISPUTES_MIGRATIONS } from './database/migrations';
import { DisputesModule } from './disputes/disputes.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ReadSideModule } from './disputes/read-side.module';
import { ReportsModule } from './reports/reports.module';
import { TrustModule } from './trust/trust.module';

/** Disputes: complaints, merchant responses, mediation. */
@Module({})
export class AppModule {
  static forRoot(envSource?: EnvSource): DynamicModule {
    return {
      module: AppModule,
      imports: [ServiceKitModule.forRoot({ service: 'disputes', env: DisputesEnv, entities: DISPUTES_ENTITIES, migrations: DISPUTES_MIGRATIONS, envSource }), PartnerDirectoryModule, EvidenceModule, ReadSideModule, ReportsModule, TrustModule, DisputesModule],
    };
  }
}
