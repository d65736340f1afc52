/**
 * Charts cannot draw in jsdom. Tests replace echarts-for-react's core component with this stand-in
 * (`vi.mock('echarts-for-react/esm/core', () => import('./testing/echartsMock'))`); it shows a
 * button per bar category so a test can "click" a bar and follow the drill-down.
 */
interface Props {
  option: { yAxis?: { data?: string[] } | unknown[] };
  onEvents?: Record<string, (e: { name: string; dataIndex: number }) => void>;
}

export default function FakeChart({ option, onEvents }: Props) {
  const y = option.yAxis;
  const categories = y && !Array.isArray(y) && Array.isArray(y.data) ? y.data : [];
  return (
    <div data-testid="echart">
      {onEvents?.click &&
        categories.map((name, dataIndex) => (
          <button key={name} type="button" onClick={() => onEvents.click({ name, dataIndex })}>
            图表条形：{name}
          </button>
        ))}
    </div>
  );
}
