import { Module } from '@nestjs/common';
import { PartnerCredentialsController } from './api/partner-credentials.controller';
import { PartnerMarketplacesController } from './api/partner-marketplaces.controller';
import { PartnersController } from './api/partners.controller';
import { BindMarketplaceUseCase } from './application/bind-marketplace/bind-marketplace.use-case';
import { CodCollectionPartner } from './application/cod-collection-partner';
import { CreatePartnerUseCase } from './application/create-partner/create-partner.use-case';
import { CredentialIssuer } from './application/credential-issuer';
import { GetPartnerQuery } from './application/get-partner/get-partner.query';
import { ListPartnersQuery } from './application/list-partners/list-partners.query';
import { MarketplaceBindings } from './application/marketplace-bindings';
import { PartnerPublisher } from './application/partner-publisher';
import { RevokeCredentialUseCase } from './application/revoke-credential/revoke-credential.use-case';
import { RotateCredentialsUseCase } from './application/rotate-credentials/rotate-credentials.use-case';
import { SetPartnerStatusUseCase } from './application/set-partner-status/set-partner-status.use-case';
import { UnbindMarketplaceUseCase } from './application/unbind-marketplace/unbind-marketplace.use-case';
import { UpdatePartnerUseCase } from './application/update-partner/update-partner.use-case';

const USE_CASES = [
  CreatePartnerUseCase,
  RotateCredentialsUseCase,
  RevokeCredentialUseCase,
  SetPartnerStatusUseCase,
  UpdatePartnerUseCase,
  BindMarketplaceUseCase,
  UnbindMarketplaceUseCase,
  ListPartnersQuery,
  GetPartnerQuery,
];

/** The partner registry: use cases (also run by the admin CLI) and the `/v1/admin/partners` API. */
@Module({
  controllers: [PartnersController, PartnerCredentialsController, PartnerMarketplacesController],
  providers: [...USE_CASES, PartnerPublisher, CredentialIssuer, MarketplaceBindings, CodCollectionPartner],
  exports: USE_CASES,
})
export class PartnersModule {}
