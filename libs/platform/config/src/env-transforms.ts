import { Transform } from 'class-transformer';

/** Parses a base-10 integer variable; anything else stays a string and fails `@IsInt()`. */
export function ToInt(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value));
}

/** Parses `true|false|1|0|yes|no`; anything else fails `@IsBoolean()`. */
export function ToBool(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const v = value.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no', ''].includes(v)) return false;
    return value;
  });
}

/** Splits a comma-separated variable into trimmed, non-empty items. */
export function ToList(): PropertyDecorator {
  return Transform(({ value }) =>
    typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : value,
  );
}

/** An empty value (`VAR=` as copied from .env.example) means unset, so `@IsOptional()` lets it through. */
export function EmptyAsUnset(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? undefined : value));
}
