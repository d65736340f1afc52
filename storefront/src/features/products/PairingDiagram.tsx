import { shortCountyName } from '../catalog/labels';

export interface DiagramHelper {
  id: string;
  name: string;
  role: string;
}

const PROVINCE_SHORT: [string, string][] = [
  ['广西', '广西'], ['贵州', '贵州'], ['云南', '云南'], ['四川', '四川'], ['重庆', '重庆'], ['甘肃', '甘肃'], ['西藏', '西藏'],
];

/** 「广西壮族自治区百色市田东县」→「广西 · 百色市」: where the county is, for the diagram's second line. */
export function countyPlace(full: string): string {
  const province = PROVINCE_SHORT.find(([k]) => full.startsWith(k))?.[1];
  const city = /(?:省|自治区)(.+?(?:市|自治州|州|地区))/.exec(full)?.[1];
  return [province, city && city !== shortCountyName(full) ? city : undefined].filter(Boolean).join(' · ');
}

const W = 340;
const ROW = 46;

/**
 * The origin as a small diagram, no map tiles needed: the western county on the left, the eastern
 * helper districts paired with it today on the right, linked by 对口帮扶 lines. An SVG with a text
 * alternative (title + desc) so screen readers get the same story.
 */
export function PairingDiagram({ countyName, helpers, className }: { countyName: string; helpers: DiagramHelper[]; className?: string }) {
  const county = shortCountyName(countyName);
  const place = countyPlace(countyName);
  const shown = helpers.slice(0, 4);
  const h = Math.max(140, 44 + shown.length * ROW);
  const cy = 22 + (h - 22) / 2;
  const desc = shown.length
    ? `${county}（${place}）与东部${shown.map((x) => x.name).join('、')}结对帮扶`
    : `${county}（${place}）今日暂无有效的东部结对关系`;
  return (
    <svg viewBox={`0 0 ${W} ${h}`} className={className} role="img" aria-labelledby="pairing-title" aria-describedby="pairing-desc" width={W} height={h}>
      <title id="pairing-title">东西部结对示意图</title>
      <desc id="pairing-desc">{desc}</desc>
      <text x={8} y={16} fontSize={11} fill="#5c534c">西部 · 产地</text>
      <text x={W - 8} y={16} fontSize={11} fill="#5c534c" textAnchor="end">东部 · 帮扶方</text>
      {shown.map((x, i) => {
        const y = shown.length === 1 ? cy : 44 + ROW / 2 + i * ROW - ROW / 2 + 4;
        return (
          <g key={x.id}>
            <path d={`M 108 ${cy} C 170 ${cy}, 170 ${y}, 214 ${y}`} fill="none" stroke="#c2410c" strokeWidth={2} strokeDasharray={x.role === 'LEAD' ? undefined : '5 4'} />
            <rect x={214} y={y - 17} width={118} height={34} rx={8} fill="#fff1e6" stroke="#c2410c" />
            <text x={273} y={y + 5} fontSize={12} textAnchor="middle" fill="#7c2d12">{x.name.length > 9 ? `${x.name.slice(0, 8)}…` : x.name}</text>
          </g>
        );
      })}
      {shown.length > 0 && <text x={166} y={cy - 8} fontSize={11} textAnchor="middle" fill="#9a3412">对口帮扶</text>}
      <circle cx={62} cy={cy} r={46} fill="#dcfce7" stroke="#15803d" strokeWidth={2} />
      <text x={62} y={cy - 2} fontSize={county.length > 5 ? 11 : 14} fontWeight={700} textAnchor="middle" fill="#14532d">{county}</text>
      <text x={62} y={cy + 16} fontSize={10} textAnchor="middle" fill="#166534">{place}</text>
    </svg>
  );
}
