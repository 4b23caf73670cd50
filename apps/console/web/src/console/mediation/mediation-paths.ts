/** Where the mediation desk lives in the console. */
export const mediationPaths = {
  queue: (): string => '/console/mediation',
  case: (disputeId: string): string => `/console/mediation/${encodeURIComponent(disputeId)}`,
};
