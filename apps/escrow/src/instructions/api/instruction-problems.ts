import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '@trustcircle/http';

/** 404 for a partner id that is not the caller's (another partner's and an unknown one are not told apart). */
export function partnerNotFound(): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'partner-not-found', title: 'Partner not found', detail: 'No such payment partner among yours.' });
}

/** 404 for an instruction that does not exist or is another partner's. */
export function instructionNotFound(id: string): ProblemException {
  return new ProblemException({ status: HttpStatus.NOT_FOUND, type: 'instruction-not-found', title: 'Instruction not found', detail: `No instruction ${id} of yours.`, field: 'instructionId' });
}

/** 409 for a report that contradicts what was recorded (another settlement, a report while a retry waits…). */
export function settlementConflict(id: string, detail: string): ProblemException {
  return new ProblemException({ status: HttpStatus.CONFLICT, type: 'settlement-conflict', title: 'The report contradicts the instruction’s state', detail: `Instruction ${id}: ${detail}.`, field: 'instructionId' });
}
