import { HttpStatus } from '@nestjs/common';
import { ProblemException, VALIDATION_PROBLEM_TYPE } from '@trustcircle/http';

/** 404: the courier in the path is not the signer (another courier's and an unknown id are not told apart). */
export function courierNotFound(): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'courier-not-found', title: 'Courier not found', detail: 'No such courier among yours.' });
}

/** 400 naming each line whose tracking number an earlier line of the batch already has (`lines.3.trackingNumber`). */
export function repeatedTrackingNumbers(repeats: ReadonlyArray<{ index: number; firstIndex: number }>): ProblemException {
  const errors = repeats.map((r) => ({
    field: `lines.${r.index}.trackingNumber`,
    message: `lines.${r.index}.trackingNumber repeats lines.${r.firstIndex}.trackingNumber: a parcel appears at most once per batch`,
    code: 'uniqueTrackingNumber',
  }));
  return new ProblemException({
    status: HttpStatus.BAD_REQUEST,
    type: VALIDATION_PROBLEM_TYPE,
    title: 'Your request is not valid',
    detail: `Invalid ${errors.length === 1 ? 'field' : 'fields'}: ${errors.map((e) => e.field).join(', ')}.`,
    errors,
  });
}

/** 409: this remittanceId was used for another batch. */
export function remittanceConflict(remittanceId: string): ProblemException {
  return new ProblemException({
    status: HttpStatus.CONFLICT,
    type: 'remittance-conflict',
    title: 'Remittance id already used for another batch',
    detail: `Remittance ${remittanceId} was received with different content; a repeat must carry the same body. Use a new remittanceId for a new batch.`,
    field: 'remittanceId',
  });
}

/** 409: the courier names no collection account to remit into (nothing written). */
export function collectionAccountMissing(): ProblemException {
  return new ProblemException({
    status: HttpStatus.CONFLICT,
    type: 'cod-collection-account-missing',
    title: 'No COD collection account',
    detail: 'No collection account is set up for your COD remittances yet (codCollectionPartnerId); ask TrustCircle operators. Nothing was recorded.',
  });
}
