import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { HttpStatus } from '@nestjs/common';
import { AppError } from '../../common/app-error';

/** A font file with CJK glyphs; `family` names the face inside a collection (.ttc). */
export interface CjkFont {
  path: string;
  family?: string;
}

/**
 * Noto Sans SC (GB2312 repertoire, OFL) shipped by the npm package @embedpdf/fonts-sc, so a machine
 * with only Node and npm can render contracts; null if the package is somehow absent.
 */
export function bundledCjkFont(): CjkFont | null {
  try {
    // The package exports only its entry (dist/index.cjs); the fonts sit in ../fonts beside it.
    const path = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
    return existsSync(path) ? { path } : null;
  } catch {
    return null;
  }
}

/**
 * Where a CJK font is found when PDF_FONT_PATH is not set: the bundled Noto Sans SC first, then
 * Debian's fonts-noto-cjk, fonts-wqy-zenhei / fonts-wqy-microhei and fonts-droid-fallback.
 */
const bundled = bundledCjkFont();

export const DEFAULT_FONT_CANDIDATES: CjkFont[] = [
  ...(bundled ? [bundled] : []),
  { path: join(homedir(), '.fonts', 'NotoSansSC_400Regular.ttf') },
  { path: '/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' },
];

/** The configured font, or the first candidate that exists; null when there is none. */
export function findCjkFont(configured: string | null, candidates = DEFAULT_FONT_CANDIDATES): CjkFont | null {
  if (configured) {
    const [path, family] = configured.split('#');
    return existsSync(path) ? { path, ...(family ? { family } : {}) } : null;
  }
  return candidates.find((c) => existsSync(c.path)) ?? null;
}

/** The 503 answered when no CJK font is available: a PDF without one would show empty boxes. */
export function fontMissing(configured: string | null): AppError {
  return new AppError(
    HttpStatus.SERVICE_UNAVAILABLE,
    'PDF_FONT_MISSING',
    configured
      ? `合同 PDF 所需的中文字体 ${configured.split('#')[0]} 不存在，请检查 PDF_FONT_PATH 设置`
      : '服务器缺少中文字体（随附的 @embedpdf/fonts-sc 未安装），暂时无法生成合同 PDF；请重新安装依赖或设置 PDF_FONT_PATH',
  );
}
