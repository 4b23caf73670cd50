/** Where the partner registry lives in the console. */
export const partnerPaths = {
  list: (): string => '/console/partners',
  partner: (partnerId: string): string => `/console/partners/${encodeURIComponent(partnerId)}`,
};
