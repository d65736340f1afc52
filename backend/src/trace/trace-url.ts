import { Inject, Injectable } from '@nestjs/common';
import * as QRCode from 'qrcode';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** QR options, fixed so that the same code always gives the same image. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * Where a trace code's QR points: the public trace page `${PUBLIC_BASE_URL}/t/<code>`, and the QR
 * images of it (SVG for print and inline use, PNG for everything else).
 */
@Injectable()
export class TraceUrls {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  pageUrl(code: string): string {
    return `${this.config.publicBaseUrl}/t/${encodeURIComponent(code)}`;
  }

  qrSvg(code: string): Promise<string> {
    return QRCode.toString(this.pageUrl(code), { ...QR_OPTIONS, type: 'svg' });
  }

  qrPng(code: string): Promise<Buffer> {
    return QRCode.toBuffer(this.pageUrl(code), { ...QR_OPTIONS, type: 'png', width: 360 });
  }
}
