import { ProblemException } from '@trustcircle/http';

/** The problems the partner registry answers with (HTTP problem+json; the CLI prints the detail). */
export const RegistryProblems = {
  partnerNotFound: (id: string) => new ProblemException({ status: 404, type: 'partner-not-found', title: 'Partner not found', detail: `No partner ${id}.` }),
  credentialNotFound: (id: string) =>
    new ProblemException({ status: 404, type: 'credential-not-found', title: 'Credential not found', detail: `The partner has no credential ${id}.` }),
  notAPaymentPartner: (id: string) =>
    new ProblemException({ status: 409, type: 'not-a-payment-partner', title: 'Not a payment partner', detail: `Partner ${id} is not a payment partner; only payment partners serve marketplaces.` }),
  notAMarketplace: (id: string) =>
    new ProblemException({ status: 409, type: 'not-a-marketplace', title: 'Not a marketplace', detail: `Partner ${id} is not a marketplace.`, field: 'marketplaceId' }),
  marketplacesOnlyForPaymentPartners: () =>
    new ProblemException({ status: 400, type: 'marketplaces-only-for-payment-partners', title: 'Invalid request', detail: 'Only payment partners serve marketplaces.', field: 'marketplaceIds' }),
  invalidName: () => new ProblemException({ status: 400, type: 'invalid-partner-name', title: 'Invalid name', detail: 'A partner name is 1–200 characters, not only spaces.', field: 'name' }),
  invalidSettings: (detail: string) => new ProblemException({ status: 400, type: 'invalid-settings', title: 'Invalid settings', detail, field: 'settings' }),
  codCollectionOnlyForCouriers: () => {
    const field = 'settings.codCollectionPartnerId';
    const detail = 'Only couriers remit COD cash: settings.codCollectionPartnerId is for couriers (null, or leaving it out, is accepted for any kind).';
    return new ProblemException({ status: 400, type: 'invalid-settings', title: 'Invalid settings', detail, field, errors: [{ field, code: 'ONLY_FOR_COURIERS', message: detail }] });
  },
  codCollectionPartnerUnknown: (id: string) => {
    const field = 'settings.codCollectionPartnerId';
    const detail = `settings.codCollectionPartnerId must name a payment partner of the registry; ${id} is not one.`;
    return new ProblemException({ status: 422, type: 'unknown-payment-partner', title: 'Unknown payment partner', detail, field, errors: [{ field, code: 'NOT_A_PAYMENT_PARTNER', message: detail }] });
  },
} as const;
