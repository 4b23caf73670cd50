import { ProblemException } from '@trustcircle/http';

/** The problems of the operator registry (HTTP problem+json; the CLI prints the detail). */
export const OperatorProblems = {
  nameTaken: (name: string) =>
    new ProblemException({ status: 409, type: 'operator-name-taken', title: 'Operator name taken', detail: `An operator named "${name}" exists already.`, field: 'name' }),
  notFound: (name: string) => new ProblemException({ status: 404, type: 'operator-not-found', title: 'Operator not found', detail: `No operator named "${name}".` }),
  notFoundById: (id: string) => new ProblemException({ status: 404, type: 'operator-not-found', title: 'Operator not found', detail: `No operator ${id}.` }),
  disabled: (name: string) => new ProblemException({ status: 409, type: 'operator-disabled', title: 'Operator disabled', detail: `Operator "${name}" is disabled.` }),
} as const;
