import type { ReactElement } from 'react';
import { DeadLettersPage } from './dead-letters/dead-letters-page';
import { MediationCasePage } from './mediation/mediation-case-page';
import { MediationQueuePage } from './mediation/mediation-queue-page';
import { MoneyDeskPage } from './money/money-desk-page';
import { PartnerPage } from './partners/partner-page';
import { PartnersPage } from './partners/partners-page';
import type { OperatorRole } from './session/operator-role';
import { TrustPage, TrustReportPage } from './trust/trust-page';

/** One operator desk page: where it lives, what it shows, and who sees it in the navigation. */
export interface DeskPage {
  /** Path under the console's routes, e.g. `/console/mediation`. */
  path: string;
  element: ReactElement;
  /** Shown in the console's navigation when set (pages with parameters leave it out). */
  nav?: { label: string; minRole: OperatorRole };
}

/**
 * The desks: mediation, money, dead letters, partners, trust scores. The console's router mounts every entry inside the signed-in
 * operator layout; the navigation lists those with a `nav` label that the operator's role may see.
 */
export const DESK_PAGES: readonly DeskPage[] = [
  { path: '/console/mediation', element: <MediationQueuePage />, nav: { label: 'Mediation', minRole: 'mediator' } },
  { path: '/console/mediation/:disputeId', element: <MediationCasePage /> },
  { path: '/console/money', element: <MoneyDeskPage />, nav: { label: 'Money desk', minRole: 'viewer' } },
  { path: '/console/dead-letters', element: <DeadLettersPage />, nav: { label: 'Dead letters', minRole: 'viewer' } },
  { path: '/console/partners', element: <PartnersPage />, nav: { label: 'Partners', minRole: 'viewer' } },
  { path: '/console/partners/:partnerId', element: <PartnerPage /> },
  { path: '/console/trust', element: <TrustPage />, nav: { label: 'Trust scores', minRole: 'viewer' } },
  { path: '/console/trust/:kind/:id', element: <TrustReportPage /> },
];
