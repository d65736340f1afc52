import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { isUniqueViolation } from '../database/dialect';
import { RegionsService } from '../regions/regions.service';
import { Batch } from './batch.entity';
import { BIZ_STEP_LABELS, DISPOSITION_LABELS } from './cbv';
import { AppendTraceEventDto } from './dto';
import { TraceEvent } from './trace-event.entity';
import { RecordedTraceEventView, TraceEventView } from './views';

/** How far ahead of the server clock an event may be stamped (clock skew of a phone). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const SHANGHAI_OFFSET = '+08:00';

const alreadyCorrected = () => AppError.conflict('EVENT_ALREADY_CORRECTED', '该事件已被更正；如需再次更正，请更正最新的更正事件');

/** The start of a Shanghai calendar day as an instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00${SHANGHAI_OFFSET}`);

/** The offset written in an ISO instant, or null for Z. */
const offsetOf = (iso: string) => /([+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? null;

/**
 * A batch's trace events: appended, never changed or deleted. A correction is a new event naming
 * the one it corrects; the original stays and is shown as corrected.
 */
@Injectable()
export class TraceEventsService {
  constructor(
    @InjectRepository(TraceEvent) private readonly repo: Repository<TraceEvent>,
    private readonly regions: RegionsService,
  ) {}

  async append(batch: Batch, recordedById: string, dto: AppendTraceEventDto, now = new Date()): Promise<TraceEvent> {
    const eventTime = new Date(dto.eventTime);
    if (Number.isNaN(eventTime.getTime())) throw AppError.badRequest('INVALID_EVENT_TIME', '事件时间无效');
    if (eventTime < startOfDay(batch.harvestDate)) throw AppError.badRequest('EVENT_BEFORE_HARVEST', '事件时间不能早于批次的采收（生产）日期');
    if (eventTime.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw AppError.badRequest('EVENT_TIME_IN_FUTURE', '事件时间不能晚于现在');
    if (dto.quantity !== undefined && dto.quantity > batch.quantity) {
      throw AppError.badRequest('EVENT_QUANTITY_EXCEEDS_BATCH', '事件数量不能超过批次数量');
    }
    if (dto.bizLocationDivisionCode) await this.regions.requireDivision(dto.bizLocationDivisionCode);
    if (dto.correctsEventId) await this.checkCorrectable(batch.id, dto.correctsEventId, dto.note);

    const fields = {
      batchId: batch.id,
      eventType: dto.eventType,
      action: dto.action,
      bizStep: dto.bizStep,
      disposition: dto.disposition,
      eventTime,
      eventTimeZoneOffset: dto.eventTimeZoneOffset ?? offsetOf(dto.eventTime) ?? SHANGHAI_OFFSET,
      readPoint: dto.readPoint?.trim() || null,
      bizLocation: dto.bizLocation?.trim() || null,
      bizLocationDivisionCode: dto.bizLocationDivisionCode ?? null,
      quantity: dto.quantity ?? null,
      note: dto.note?.trim() || null,
      recordedById,
      correctsEventId: dto.correctsEventId ?? null,
    };
    // The sequence number is the next one of the batch; the unique index refuses a concurrent twin,
    // and the loser simply takes the number after it.
    for (let attempt = 0; ; attempt++) {
      const last = await this.repo.findOne({ where: { batchId: batch.id }, order: { sequence: 'DESC' }, select: { id: true, sequence: true } });
      try {
        return await this.repo.save(this.repo.create({ ...fields, sequence: (last?.sequence ?? 0) + 1 }));
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        if (fields.correctsEventId && (await this.repo.existsBy({ correctsEventId: fields.correctsEventId }))) throw alreadyCorrected();
        if (attempt >= 4) throw err;
      }
    }
  }

  private async checkCorrectable(batchId: string, correctsEventId: string, note: string | undefined): Promise<void> {
    const original = await this.repo.findOneBy({ id: correctsEventId, batchId });
    if (!original) throw AppError.badRequest('UNKNOWN_EVENT', '要更正的事件不属于该批次');
    if (!note?.trim()) throw AppError.badRequest('CORRECTION_NOTE_REQUIRED', '更正事件须在 note 中说明更正原因');
    const already = await this.repo.findOneBy({ batchId, correctsEventId });
    if (already) throw alreadyCorrected();
  }

  /** The batch's events in the order they happened (ties in the order they were recorded). */
  forBatch(batchId: string): Promise<TraceEvent[]> {
    return this.repo.find({ where: { batchId }, order: { eventTime: 'ASC', sequence: 'ASC' } });
  }
}

/** Public views of events, each marked with the event that corrected it, if any. */
export function traceEventViews(events: TraceEvent[]): TraceEventView[] {
  return recordedTraceEventViews(events).map(({ recordedById: _, ...v }) => v);
}

export function recordedTraceEventViews(events: TraceEvent[]): RecordedTraceEventView[] {
  const correctedBy = new Map(events.filter((e) => e.correctsEventId).map((e) => [e.correctsEventId!, e.id]));
  return events.map((e) => ({
    id: e.id,
    sequence: e.sequence,
    eventType: e.eventType,
    action: e.action,
    bizStep: e.bizStep,
    bizStepLabel: BIZ_STEP_LABELS[e.bizStep],
    disposition: e.disposition,
    dispositionLabel: DISPOSITION_LABELS[e.disposition],
    eventTime: e.eventTime.toISOString(),
    eventTimeZoneOffset: e.eventTimeZoneOffset,
    readPoint: e.readPoint,
    bizLocation: e.bizLocation,
    bizLocationDivisionCode: e.bizLocationDivisionCode,
    quantity: e.quantity,
    note: e.note,
    recordedAt: e.createdAt.toISOString(),
    correctsEventId: e.correctsEventId,
    correctedByEventId: correctedBy.get(e.id) ?? null,
    corrected: correctedBy.has(e.id),
    recordedById: e.recordedById,
  }));
}
