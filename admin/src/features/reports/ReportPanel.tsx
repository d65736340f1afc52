import { errorMessage } from '@bangfu/api-client';
import { Alert, Card, Space, Spin } from 'antd';
import { useId, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Extra controls beside the export button (e.g. a level switch). */
  controls?: ReactNode;
  exportButton?: ReactNode;
  loading?: boolean;
  error?: unknown;
  chart?: ReactNode;
  children: ReactNode;
}

/** One dashboard panel: a titled region (heading = title) with its chart and the table beneath. */
export function ReportPanel({ title, controls, exportButton, loading, error, chart, children }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Card
        title={<h2 id={id} style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
        extra={<Space wrap>{controls}{exportButton}</Space>}
      >
        {error ? (
          <Alert type="error" showIcon title={errorMessage(error)} />
        ) : (
          <Spin spinning={!!loading}>
            {chart}
            {children}
          </Spin>
        )}
      </Card>
    </section>
  );
}
