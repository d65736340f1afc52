import { ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error';

/** A UUID route parameter; anything else can't name a record, so it answers 404 like a missing one. */
export const UuidParam = (what: string) => new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound(what) });
