import { PipeTransform } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { FIRST_QUOTA_YEAR, isQuotaYear } from './quota-year';

/** A `:year` route parameter: an integer from 2019 to next year, else 400 (not a 404: the path is right, the value isn't). */
export class QuotaYearParam implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (!isQuotaYear(year)) throw AppError.badRequest('INVALID_YEAR', `年份须为 ${FIRST_QUOTA_YEAR} 年至明年之间`);
    return year;
  }
}
