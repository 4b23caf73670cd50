import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, Validate, type ValidationArguments, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { MAX_REPLAY_WINDOW_DAYS, parseInstant, replayWindowProblem } from '../../application/replay/replay-window';

/** The value is an ISO-8601 instant (date, time and offset) of a real date and time. */
@ValidatorConstraint({ name: 'isIsoInstant' })
class IsIsoInstant implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return parseInstant(value) !== undefined;
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be an ISO-8601 instant with a time and an offset, e.g. 2026-03-01T03:00:00Z`;
  }
}

/** `to` is after `from` and at most 30 days after it (checked only once both are instants). */
@ValidatorConstraint({ name: 'replayWindow' })
class ReplayWindow implements ValidatorConstraintInterface {
  private problem(args: ValidationArguments): string | null {
    const from = parseInstant((args.object as ReplayWebhooksRequest).from);
    const to = parseInstant(args.value);
    return from && to ? replayWindowProblem(from, to) : null;
  }

  validate(_value: unknown, args: ValidationArguments): boolean {
    return this.problem(args) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return this.problem(args) ?? 'to is not a valid end of the window';
  }
}

const WINDOW_DOC = `The window is [from, to): webhooks of events that occurred at or after \`from\` and before \`to\`; at most ${MAX_REPLAY_WINDOW_DAYS} days long.`;

/** Body of `POST /v1/webhook-endpoints/{id}/replay`. */
export class ReplayWebhooksRequest {
  @ApiProperty({ example: '2026-03-01T00:00:00Z', description: `ISO-8601 instant with an offset; included. ${WINDOW_DOC}` })
  @IsDefined() @Validate(IsIsoInstant)
  from!: string;

  @ApiProperty({ example: '2026-03-02T00:00:00Z', description: `ISO-8601 instant with an offset; excluded. After \`from\`, at most ${MAX_REPLAY_WINDOW_DAYS} days after it.` })
  @IsDefined() @Validate(IsIsoInstant) @Validate(ReplayWindow)
  to!: string;
}
